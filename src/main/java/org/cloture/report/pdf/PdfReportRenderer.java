package org.cloture.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.renderers.SimpleDataRenderer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders a {@link PdfReport} to an A4 PDF/A-2b with JasperReports: a cover page, the sommaire, then each
 * section on a new page, its blocks one after the other (ActivityReport.jrxml has one band per kind of block).
 *
 * <p>Templates are compiled at build time into {@code /jasper/*.jasper} on the classpath; when a
 * {@code .jasper} is missing (e.g. running from an IDE that skipped the Maven build step) the
 * {@code .jrxml} next to it is compiled instead. Compiled templates are cached; instances are
 * thread-safe.
 */
public final class PdfReportRenderer {

    static final String MAIN_TEMPLATE = "ActivityReport";
    static final String KEY_FIGURES_TEMPLATE = "KeyFigures";
    static final String TABLE_TEMPLATE = "ReportTable";
    private static final String TEMPLATE_FOLDER = "/jasper/";

    /** Default creation date written in the PDF: fixed, so that identical inputs give identical bytes. */
    public static final Instant DEFAULT_CREATION_DATE = Instant.parse("2000-01-01T00:00:00Z");

    private static final Map<String, JasperReport> TEMPLATES = new ConcurrentHashMap<>();

    private final Instant creationDate;

    /** A renderer writing {@link #DEFAULT_CREATION_DATE} as the PDF creation date. */
    public PdfReportRenderer() {
        this(DEFAULT_CREATION_DATE);
    }

    /**
     * A renderer writing the given creation date (e.g. the date the accounts were closed) in the PDF.
     * The output stays reproducible as long as the date is the same.
     */
    public PdfReportRenderer(Instant creationDate) {
        this.creationDate = Objects.requireNonNull(creationDate, "creationDate");
    }

    /**
     * Renders the report; returns the PDF bytes. The document is filled twice: the first pass tells on which
     * page each section and heading falls, the second prints those pages in the sommaire (whose own length
     * does not change between the passes, so neither do the pages).
     */
    public byte[] render(PdfReport report) {
        try {
            JasperReportsContext context = SrgbProfile.context();
            List<TocEntry> toc = tableOfContents(report);
            JasperPrint draft = fill(context, report, toc, Map.of());
            Map<String, Integer> pages = new HashMap<>();
            draft.getAnchorIndexes().forEach((anchor, index) -> pages.put(anchor, index.getPageIndex() + 1));
            JasperPrint print = fill(context, report, toc, pages);
            return PdfOutput.normalize(export(context, print, report), creationDate);
        } catch (JRException e) {
            throw new PdfRenderingException("Could not render the activity report of "
                    + report.associationName() + " for " + report.year(), e);
        }
    }

    private JasperPrint fill(JasperReportsContext context, PdfReport report, List<TocEntry> toc,
                             Map<String, Integer> pages) throws JRException {
        return JasperFillManager.getInstance(context).fill(template(MAIN_TEMPLATE), parameters(report),
                blocks(report, toc, pages));
    }

    private static Map<String, Object> parameters(PdfReport report) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ASSOCIATION_NAME", report.associationName());
        parameters.put("REPORT_YEAR", String.valueOf(report.year()));
        parameters.put("SUBTITLE", report.subtitle());
        parameters.put("GENERAL_ASSEMBLY", report.cover().generalAssembly());
        parameters.put("LOGO", report.cover().logo() == null ? null
                : SimpleDataRenderer.getInstance(report.cover().logo()));
        parameters.put("PROVISIONAL", report.provisional());
        parameters.put("KEY_FIGURES_REPORT", template(KEY_FIGURES_TEMPLATE));
        parameters.put("TABLE_REPORT", template(TABLE_TEMPLATE));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.FRANCE);
        return parameters;
    }

    /** The title of the table of contents, also its bookmark. */
    static final String TOC_TITLE = "Sommaire";

    /** More entries than this would not fit on one page: the sommaire then lists the sections only. */
    private static final int TOC_MAX_ENTRIES = 40;

    /** One line of the sommaire: a section (level 1) or a heading or table in it (level 2); charts are bookmarks only. */
    record TocEntry(String text, int level, String anchor) {
    }

    static List<TocEntry> tableOfContents(PdfReport report) {
        Anchors anchors = new Anchors(report);
        List<TocEntry> all = new ArrayList<>();
        List<TocEntry> sectionsOnly = new ArrayList<>();
        for (int s = 0; s < report.sections().size(); s++) {
            ReportSection section = report.sections().get(s);
            TocEntry entry = new TocEntry(section.title(), 1, anchors.section(s + 1));
            all.add(entry);
            sectionsOnly.add(entry);
            for (int b = 0; b < section.blocks().size(); b++) {
                String title = blockTitle(section.blocks().get(b));
                if (title != null) {
                    all.add(new TocEntry(title, 2, anchors.block(s + 1, b)));
                }
            }
        }
        return all.size() <= TOC_MAX_ENTRIES ? all : sectionsOnly;
    }

    /**
     * The anchor of each section and titled block. JasperReports labels a PDF bookmark with its anchor's name,
     * so an anchor is the title itself; a title met again gets zero-width spaces appended, invisible in the
     * bookmarks, to stay a distinct anchor for the sommaire's page lookup.
     */
    static final class Anchors {
        private final Map<String, String> byPosition = new HashMap<>();

        Anchors(PdfReport report) {
            java.util.Set<String> used = new java.util.HashSet<>();
            used.add(TOC_TITLE);
            for (int s = 0; s < report.sections().size(); s++) {
                ReportSection section = report.sections().get(s);
                byPosition.put(sectionAnchor(s + 1), unique(section.title(), used));
                for (int b = 0; b < section.blocks().size(); b++) {
                    ReportBlock block = section.blocks().get(b);
                    String title = block instanceof ReportBlock.Chart chart ? chart.chart().title() : blockTitle(block);
                    if (title != null) {
                        byPosition.put(blockAnchor(s + 1, b), unique(title, used));
                    }
                }
            }
        }

        private static String unique(String title, java.util.Set<String> used) {
            String anchor = title;
            while (!used.add(anchor)) {
                anchor += "\u200B";
            }
            return anchor;
        }

        String section(int section) {
            return section == 0 ? TOC_TITLE : byPosition.get(sectionAnchor(section));
        }

        String block(int section, int block) {
            return byPosition.get(blockAnchor(section, block));
        }
    }

    private static String blockTitle(ReportBlock block) {
        if (block instanceof ReportBlock.Heading heading) {
            return heading.text();
        }
        if (block instanceof ReportBlock.Table table) {
            return table.table().title();
        }
        return null;
    }

    static String sectionAnchor(int section) {
        return "s" + section;
    }

    static String blockAnchor(int section, int block) {
        return "s" + section + "b" + block;
    }

    /** More rows than this do not fit on one page: the table starts where it is and runs on. */
    private static final int LONG_TABLE_ROWS = 38;

    /** One record per block of the main template; the sommaire is section 0. */
    private static JRDataSource blocks(PdfReport report, List<TocEntry> toc, Map<String, Integer> pages) {
        Anchors anchors = new Anchors(report);
        List<BlockRow> rows = new ArrayList<>();
        for (TocEntry entry : toc) {
            Integer page = pages.get(entry.anchor());
            rows.add(BlockRow.of(0, TOC_TITLE, "TOC").sectionAnchor(TOC_TITLE).text(entry.text()).depth(entry.level())
                    .page(page == null ? "" : page.toString()));
        }
        for (int s = 0; s < report.sections().size(); s++) {
            ReportSection section = report.sections().get(s);
            if (section.blocks().isEmpty()) {
                rows.add(BlockRow.of(s + 1, section.title(), "EMPTY").sectionAnchor(anchors.section(s + 1)));
            }
            for (int b = 0; b < section.blocks().size(); b++) {
                rows.add(row(s + 1, section.title(), section.blocks().get(b), anchors.block(s + 1, b))
                        .sectionAnchor(anchors.section(s + 1)));
            }
        }
        Map<String, Function<BlockRow, ?>> fields = new HashMap<>();
        fields.put("section", BlockRow::section);
        fields.put("sectionTitle", BlockRow::sectionTitle);
        fields.put("sectionAnchor", BlockRow::sectionAnchor);
        fields.put("kind", BlockRow::kind);
        fields.put("text", BlockRow::text);
        fields.put("marker", BlockRow::marker);
        fields.put("depth", BlockRow::depth);
        fields.put("anchor", BlockRow::anchor);
        fields.put("page", BlockRow::page);
        fields.put("data", BlockRow::data);
        fields.put("headers", BlockRow::headers);
        fields.put("amountColumns", BlockRow::amountColumns);
        return new FieldMappingDataSource<>(rows, fields);
    }

    private static BlockRow row(int section, String title, ReportBlock block, String anchor) {
        BlockRow row = BlockRow.of(section, title, kind(block)).anchor(anchor);
        if (block instanceof ReportBlock.Heading heading) {
            return row.text(heading.text());
        }
        if (block instanceof ReportBlock.Text text) {
            return row.text(text.markup());
        }
        if (block instanceof ReportBlock.Item item) {
            return row.text(item.markup()).marker(item.marker()).depth(Math.min(item.depth(), 2));
        }
        if (block instanceof ReportBlock.Notice notice) {
            return row.text(notice.text());
        }
        if (block instanceof ReportBlock.Tiles tiles) {
            return row.data(() -> keyFigures(tiles.tiles()));
        }
        if (block instanceof ReportBlock.Table table) {
            ReportTable t = table.table();
            BlockRow tableRow = t.rows().size() > LONG_TABLE_ROWS ? BlockRow.of(section, title, "LONG_TABLE").anchor(anchor) : row;
            return tableRow.text(t.title()).data(() -> rows(t))
                    .headers(slotAligned(t.columnHeaders().get(0), t.columnHeaders().subList(1, t.columnHeaders().size())))
                    .amountColumns(t.amountColumnCount());
        }
        ChartSpec chart = ((ReportBlock.Chart) block).chart();
        return row.text(chart.title()).marker(chart.valueLabel()).data(() -> points(chart));
    }

    private static String kind(ReportBlock block) {
        if (block instanceof ReportBlock.Chart chart) {
            return "CHART_" + chart.chart().kind().name();
        }
        return block.getClass().getSimpleName().toUpperCase(Locale.ROOT);
    }

    private static JRDataSource points(ChartSpec chart) {
        return new FieldMappingDataSource<>(chart.points(), Map.of(
                "series", ChartSpec.Point::series,
                "category", ChartSpec.Point::category,
                "value", ChartSpec.Point::value,
                "label", point -> point.label() == null ? "" : point.label()));
    }

    private static JRDataSource keyFigures(List<KeyFigureTile> tiles) {
        Map<String, Function<KeyFigureTile, ?>> fields = new HashMap<>();
        fields.put("label", KeyFigureTile::label);
        fields.put("value", KeyFigureTile::value);
        fields.put("previous", KeyFigureTile::previous);
        fields.put("change", KeyFigureTile::change);
        fields.put("note", KeyFigureTile::note);
        return new FieldMappingDataSource<>(tiles, fields);
    }
    private static JRDataSource rows(ReportTable table) {
        // Slot-align each row once, so the template reads slot1..slot4 directly.
        record SlottedRow(String label, String style, List<String> slots) {
        }
        List<SlottedRow> rows = table.rows().stream()
                .map(row -> new SlottedRow(row.label(), row.style().name(), slotAligned(null,
                        row.cells().stream().map(cell -> cell == null ? "" : cell).toList())))
                .toList();
        Map<String, Function<SlottedRow, ?>> fields = new HashMap<>();
        fields.put("label", SlottedRow::label);
        fields.put("style", SlottedRow::style);
        for (int slot = 1; slot <= ReportTable.MAX_AMOUNT_COLUMNS; slot++) {
            int index = slot;
            fields.put("slot" + slot, row -> row.slots().get(index));
        }
        return new FieldMappingDataSource<>(rows, fields);
    }

    /**
     * Lays amount values into the template's right-anchored slots: index 0 is the label column, the
     * last value always lands in slot 4, unused slots on the left stay null.
     */
    static List<String> slotAligned(String first, List<String> amounts) {
        String[] slots = new String[ReportTable.MAX_AMOUNT_COLUMNS + 1];
        slots[0] = first;
        int offset = slots.length - amounts.size();
        for (int i = 0; i < amounts.size(); i++) {
            slots[offset + i] = amounts.get(i);
        }
        return Arrays.asList(slots);
    }

    private static byte[] export(JasperReportsContext context, JasperPrint print, PdfReport report)
            throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        // PDF/A-2b: every font embedded, an sRGB output intent, XMP metadata; veraPDF checks it in the tests.
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath(SrgbProfile.LOCATION);
        configuration.setMetadataTitle("Rapport d'activité " + report.year() + " — " + report.associationName());
        configuration.setMetadataAuthor(report.associationName());
        configuration.setMetadataSubject("Rapport d'activité et comptes annuels " + report.year());
        configuration.setMetadataCreator("Clôture");
        configuration.setDisplayMetadataTitle(true);
        // Tagged PDF carries the document language (/Lang fr) and helps screen readers.
        configuration.setTagged(true);
        configuration.setTagLanguage("fr");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return pdf.toByteArray();
    }

    /** Loads a compiled template from the classpath, compiling its jrxml as a fallback. */
    static JasperReport template(String name) throws JRException {
        JasperReport cached = TEMPLATES.get(name);
        if (cached != null) {
            return cached;
        }
        JasperReport loaded = load(name);
        TEMPLATES.putIfAbsent(name, loaded);
        return loaded;
    }

    private static JasperReport load(String name) throws JRException {
        try (InputStream compiled = PdfReportRenderer.class.getResourceAsStream(TEMPLATE_FOLDER + name + ".jasper")) {
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(compiled);
            }
        } catch (IOException e) {
            throw new JRException("Could not read compiled template " + name, e);
        }
        return compileSource(name);
    }

    /** Fallback for runs that skipped the build-time compilation: compiles the jrxml from the classpath. */
    static JasperReport compileSource(String name) throws JRException {
        try (InputStream source = PdfReportRenderer.class.getResourceAsStream(TEMPLATE_FOLDER + name + ".jrxml")) {
            if (source == null) {
                throw new JRException("Template " + name + " is on the classpath neither as "
                        + TEMPLATE_FOLDER + name + ".jasper nor as .jrxml");
            }
            return JasperCompileManager.compileReport(source);
        } catch (IOException e) {
            throw new JRException("Could not read template source " + name, e);
        }
    }

    /** One record of the main template, built with withers: most fields are null for most kinds. */
    private record BlockRow(int section, String sectionTitle, String sectionAnchor, String kind, String text, String marker, Integer depth,
                            String anchor, String page, DataFactory data, List<String> headers, Integer amountColumns) {

        static BlockRow of(int section, String sectionTitle, String kind) {
            return new BlockRow(section, sectionTitle, null, kind, null, null, 0, null, null, null, null, null);
        }

        BlockRow sectionAnchor(String value) {
            return new BlockRow(section, sectionTitle, value, kind, text, marker, depth, anchor, page, data, headers, amountColumns);
        }

        BlockRow text(String value) {
            return new BlockRow(section, sectionTitle, sectionAnchor, kind, value, marker, depth, anchor, page, data, headers, amountColumns);
        }

        BlockRow marker(String value) {
            return new BlockRow(section, sectionTitle, sectionAnchor, kind, text, value, depth, anchor, page, data, headers, amountColumns);
        }

        BlockRow depth(int value) {
            return new BlockRow(section, sectionTitle, sectionAnchor, kind, text, marker, value, anchor, page, data, headers, amountColumns);
        }

        BlockRow anchor(String value) {
            return new BlockRow(section, sectionTitle, sectionAnchor, kind, text, marker, depth, value, page, data, headers, amountColumns);
        }

        BlockRow page(String value) {
            return new BlockRow(section, sectionTitle, sectionAnchor, kind, text, marker, depth, anchor, value, data, headers, amountColumns);
        }

        BlockRow data(DataFactory value) {
            return new BlockRow(section, sectionTitle, sectionAnchor, kind, text, marker, depth, anchor, page, value, headers, amountColumns);
        }

        BlockRow headers(List<String> value) {
            return new BlockRow(section, sectionTitle, sectionAnchor, kind, text, marker, depth, anchor, page, data, value, amountColumns);
        }

        BlockRow amountColumns(int value) {
            return new BlockRow(section, sectionTitle, sectionAnchor, kind, text, marker, depth, anchor, page, data, headers, value);
        }
    }

    /** Thrown when the report cannot be filled or exported. */
    public static final class PdfRenderingException extends RuntimeException {
        PdfRenderingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
