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
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders a {@link PdfReport} to an A4 PDF with JasperReports: a cover page, the key figures, then
 * each table on its own page(s).
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

    /** Renders the report; returns the PDF bytes. */
    public byte[] render(PdfReport report) {
        try {
            JasperPrint print = JasperFillManager.fillReport(
                    template(MAIN_TEMPLATE), parameters(report), sections(report));
            return PdfOutput.normalize(export(print, report), creationDate);
        } catch (JRException e) {
            throw new PdfRenderingException("Could not render the activity report of "
                    + report.associationName() + " for " + report.year(), e);
        }
    }

    private static Map<String, Object> parameters(PdfReport report) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ASSOCIATION_NAME", report.associationName());
        parameters.put("REPORT_YEAR", String.valueOf(report.year()));
        parameters.put("SUBTITLE", report.subtitle());
        parameters.put("PROVISIONAL", report.provisional());
        parameters.put("KEY_FIGURES_REPORT", template(KEY_FIGURES_TEMPLATE));
        parameters.put("TABLE_REPORT", template(TABLE_TEMPLATE));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.FRANCE);
        return parameters;
    }

    /** One record per section of the main template: the key figures (if any), then each table. */
    private static JRDataSource sections(PdfReport report) {
        List<Section> sections = new ArrayList<>();
        if (!report.keyFigures().isEmpty()) {
            sections.add(new Section(sections.size(), "KEY_FIGURES", "Les chiffres clés",
                    keyFigures(report.keyFigures()), null, null, null));
        }
        for (ReportTable table : report.tables()) {
            sections.add(new Section(sections.size(), "TABLE", table.title(), null,
                    rows(table), slotAligned(table.columnHeaders().get(0), table.columnHeaders().subList(1,
                            table.columnHeaders().size())), table.amountColumnCount()));
        }
        return new FieldMappingDataSource<>(sections, Map.of(
                "index", Section::index,
                "kind", Section::kind,
                "title", Section::title,
                "keyFigures", Section::keyFigures,
                "rows", Section::rows,
                "headers", Section::headers,
                "amountColumns", Section::amountColumns));
    }

    private static JRDataSource keyFigures(List<KeyFigureTile> tiles) {
        return new FieldMappingDataSource<>(tiles, Map.of(
                "label", KeyFigureTile::label,
                "value", KeyFigureTile::value,
                "previous", KeyFigureTile::previous));
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

    private static byte[] export(JasperPrint print, PdfReport report) throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle("Rapport d'activité " + report.year() + " — " + report.associationName());
        configuration.setMetadataAuthor(report.associationName());
        configuration.setMetadataSubject("Rapport d'activité et comptes annuels " + report.year());
        configuration.setMetadataCreator("Clôture");
        configuration.setDisplayMetadataTitle(true);
        // Tagged PDF carries the document language (/Lang fr) and helps screen readers.
        configuration.setTagged(true);
        configuration.setTagLanguage("fr");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
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

    private record Section(int index, String kind, String title, JRDataSource keyFigures, JRDataSource rows,
                           List<String> headers, Integer amountColumns) {
    }

    /** Thrown when the report cannot be filled or exported. */
    public static final class PdfRenderingException extends RuntimeException {
        PdfRenderingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
