package org.cloture.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportRendererTest {

    /** U+2212 MINUS SIGN and U+202F NARROW NO-BREAK SPACE, as the upstream amount formatter writes them. */
    private static final String MINUS = "\u2212";
    private static final String NNBSP = "\u202F";

    private static final String ASSOCIATION = "Association de démonstration";

    private static byte[] provisionalPdf;
    private static byte[] finalPdf;

    @BeforeAll
    static void renderSamples() throws IOException {
        PdfReportRenderer renderer = new PdfReportRenderer();
        provisionalPdf = renderer.render(sample(true));
        finalPdf = renderer.render(sample(false));
        Path out = Path.of("target", "pdf-report");
        Files.createDirectories(out);
        Files.write(out.resolve("rapport-provisoire.pdf"), provisionalPdf);
        Files.write(out.resolve("rapport-definitif.pdf"), finalPdf);
    }

    static PdfReport sample(boolean provisional) {
        List<KeyFigureTile> keyFigures = List.of(
                new KeyFigureTile("Total des produits", "84" + NNBSP + "250\u00a0€", "2022\u00a0: 79" + NNBSP + "120\u00a0€",
                        "+6,5" + NNBSP + "%"),
                new KeyFigureTile("Total des charges", "85" + NNBSP + "484\u00a0€", "77" + NNBSP + "300\u00a0€"),
                new KeyFigureTile("Résultat de l'exercice", MINUS + "1" + NNBSP + "234\u00a0€", "1" + NNBSP + "820\u00a0€"),
                new KeyFigureTile("Adhérents", "312", "287"),
                new KeyFigureTile("Trésorerie au 31 décembre", "42" + NNBSP + "615\u00a0€", "38" + NNBSP + "002\u00a0€"),
                new KeyFigureTile("Bénévoles actifs", "48", null));
        ReportTable compteDeResultat = new ReportTable("Compte de résultat", List.of("", "2023", "2022"), List.of(
                new ReportRow("Produits d'exploitation", List.of("", ""), RowStyle.HEADING),
                new ReportRow("Cotisations", List.of(amount("12 480,00"), amount("11 020,00")), RowStyle.LINE),
                new ReportRow("Subventions d'exploitation", List.of(amount("45 000,00"), amount("42 500,00")), RowStyle.LINE),
                new ReportRow("dont subvention de la commune", List.of(amount("30 000,00"), amount("30 000,00")), RowStyle.DETAIL),
                new ReportRow("dont subvention du département", List.of(amount("15 000,00"), amount("12 500,00")), RowStyle.DETAIL),
                new ReportRow("Dons manuels", List.of(amount("26 770,00"), amount("25 600,00")), RowStyle.LINE),
                new ReportRow("Total des produits d'exploitation", List.of(amount("84 250,00"), amount("79 120,00")), RowStyle.SUBTOTAL),
                new ReportRow("Charges d'exploitation", List.of("", ""), RowStyle.HEADING),
                new ReportRow("Achats et charges externes", List.of(amount("31 204,56"), amount("27 950,00")), RowStyle.LINE),
                new ReportRow("Salaires et charges sociales", List.of(amount("51 780,00"), amount("47 100,00")), RowStyle.LINE),
                new ReportRow("Dotations aux amortissements, aux dépréciations et aux provisions",
                        List.of(amount("2 500,00"), amount("2 250,00")), RowStyle.LINE),
                new ReportRow("Total des charges d'exploitation", List.of(amount("85 484,56"), amount("77 300,00")), RowStyle.SUBTOTAL),
                new ReportRow("Résultat de l'exercice", List.of(MINUS + amount("1 234,56"), amount("1 820,00")), RowStyle.TOTAL)));
        ReportTable bilanActif = new ReportTable("Bilan — actif", List.of("Actif", "Brut", "Amort.", "Net 2023", "Net 2022"), List.of(
                new ReportRow("Actif immobilisé", List.of("", "", "", ""), RowStyle.HEADING),
                new ReportRow("Immobilisations corporelles", List.of(amount("18 400,00"), amount("7 350,00"), amount("11 050,00"), amount("12 300,00")), RowStyle.LINE),
                new ReportRow("Immobilisations financières", List.of(amount("500,00"), "", amount("500,00"), amount("500,00")), RowStyle.LINE),
                new ReportRow("Total actif immobilisé", List.of(amount("18 900,00"), amount("7 350,00"), amount("11 550,00"), amount("12 800,00")), RowStyle.SUBTOTAL),
                new ReportRow("Actif circulant", List.of("", "", "", ""), RowStyle.HEADING),
                new ReportRow("Créances", List.of(amount("3 200,00"), "", amount("3 200,00"), amount("2 950,00")), RowStyle.LINE),
                new ReportRow("Disponibilités", List.of(amount("42 615,00"), "", amount("42 615,00"), amount("38 002,00")), RowStyle.LINE),
                new ReportRow("Total actif circulant", List.of(amount("45 815,00"), "", amount("45 815,00"), amount("40 952,00")), RowStyle.SUBTOTAL),
                new ReportRow("Total de l'actif", List.of(amount("64 715,00"), amount("7 350,00"), amount("57 365,00"), amount("53 752,00")), RowStyle.TOTAL)));
        ReportTable bilanPassif = new ReportTable("Bilan — passif", List.of("Passif", "2023", "2022"), List.of(
                new ReportRow("Fonds propres", List.of("", ""), RowStyle.HEADING),
                new ReportRow("Fonds associatifs", List.of(amount("40 000,00"), amount("40 000,00")), RowStyle.LINE),
                new ReportRow("Report à nouveau", List.of(amount("6 820,00"), amount("5 000,00")), RowStyle.LINE),
                new ReportRow("Résultat de l'exercice", List.of(MINUS + amount("1 234,56"), amount("1 820,00")), RowStyle.LINE),
                new ReportRow("Total fonds propres", List.of(amount("45 585,44"), amount("46 820,00")), RowStyle.SUBTOTAL),
                new ReportRow("Dettes", List.of(amount("11 779,56"), amount("6 932,00")), RowStyle.LINE),
                new ReportRow("Total du passif", List.of(amount("57 365,00"), amount("53 752,00")), RowStyle.TOTAL)));
        ChartSpec pie = new ChartSpec(ChartSpec.Kind.PIE, "Répartition des produits", List.of(
                new ChartSpec.Point("", "Cotisations", 12480, "Cotisations 14,8 %"),
                new ChartSpec.Point("", "Subventions", 45000, "Subventions 53,4 %"),
                new ChartSpec.Point("", "Dons", 26770, "Dons 31,8 %")), null);
        ChartSpec bars = new ChartSpec(ChartSpec.Kind.BAR, "Évolution des produits et des charges", List.of(
                new ChartSpec.Point("Produits", "2022", 79120, "79 120 €"),
                new ChartSpec.Point("Charges", "2022", 77300, "77 300 €"),
                new ChartSpec.Point("Produits", "2023", 84250, "84 250 €"),
                new ChartSpec.Point("Charges", "2023", 85484, "85 484 €")), "€");
        List<ReportSection> sections = List.of(
                new ReportSection("Le mot de la présidente", List.of(
                        new ReportBlock.Text("Une année <style isBold=\"true\">riche</style> &amp; dense."),
                        new ReportBlock.Heading("Nos priorités"),
                        new ReportBlock.Item("•", "ouvrir deux circuits", 0),
                        new ReportBlock.Item("1.", "dont un dans l'Aisne", 1))),
                new ReportSection("Les chiffres clés", List.of(new ReportBlock.Tiles(keyFigures))),
                new ReportSection("Les activités", List.of(new ReportBlock.Notice(
                        "Aucun journal des actions n'a été lu pour 2023."))),
                new ReportSection("Données financières", List.of(new ReportBlock.Table(compteDeResultat),
                        new ReportBlock.Table(bilanActif), new ReportBlock.Table(bilanPassif),
                        new ReportBlock.Chart(pie), new ReportBlock.Chart(bars))));
        return new PdfReport(ASSOCIATION, 2023, "Exercice du 1er janvier au 31 décembre 2023", provisional,
                new PdfReport.Cover(null, "Assemblée générale du 25 mai 2024"), sections);
    }

    /** Writes an amount the way the upstream formatter does: narrow no-break space between thousands. */
    private static String amount(String withPlainSpaces) {
        return withPlainSpaces.replace(' ', '\u202F');
    }

    @Test
    void containsTheExpectedTextAndAmounts() throws IOException {
        try (PDDocument document = Loader.loadPDF(finalPdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(ASSOCIATION)
                    .contains("Rapport d'activité 2023")
                    .contains("Exercice du 1er janvier au 31 décembre 2023")
                    .contains("Assemblée générale du 25 mai 2024")
                    .contains("Sommaire")
                    .contains("Une année riche & dense.")
                    .contains("Aucun journal des actions n'a été lu pour 2023.")
                    .contains("Les chiffres clés")
                    .contains("Compte de résultat")
                    .contains("Bilan — actif")
                    .contains("Bilan — passif")
                    .contains("Dotations aux amortissements");
            // The amounts keep their U+2212 minus and U+202F separators through extraction.
            assertThat(text)
                    .contains(MINUS + "1" + NNBSP + "234,56")
                    .contains("45" + NNBSP + "000,00")
                    .contains("64" + NNBSP + "715,00")
                    .contains("79" + NNBSP + "120\u00a0€");
            assertThat(text).doesNotContain("PROVISOIRE");
        }
    }

    @Test
    void everyPageCarriesTheFooterWithPageNumbers() throws IOException {
        try (PDDocument document = Loader.loadPDF(finalPdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(5);
            // The cover has no footer; every other page does.
            for (int page = 2; page <= pages; page++) {
                assertThat(pageText(document, page))
                        .contains(ASSOCIATION + " — Rapport d'activité 2023 — page " + page + " / " + pages);
            }
        }
    }

    @Test
    void provisionalReportIsMarkedOnEveryPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(provisionalPdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(pageText(document, page)).as("page %d", page).contains("PROVISOIRE");
            }
        }
    }

    @Test
    void finalReportHasNoProvisionalMark() throws IOException {
        try (PDDocument document = Loader.loadPDF(finalPdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(pageText(document, page)).as("page %d", page).doesNotContain("PROVISOIRE");
            }
        }
    }

    @Test
    void allFontsAreEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(provisionalPdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    @Test
    void setsMetadata() throws IOException {
        try (PDDocument document = Loader.loadPDF(finalPdf)) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Rapport d'activité 2023 — " + ASSOCIATION);
            assertThat(info.getAuthor()).isEqualTo(ASSOCIATION);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            var page = document.getPage(0).getMediaBox();
            // A4 portrait in points.
            assertThat(page.getWidth()).isEqualTo(595f);
            assertThat(page.getHeight()).isEqualTo(842f);
        }
    }

    @Test
    void identicalInputsGiveIdenticalBytes() {
        byte[] again = new PdfReportRenderer().render(sample(false));
        // Compare digests: a failing byte-array comparison would print both documents.
        assertThat(sha256(again)).isEqualTo(sha256(finalPdf));
        assertThat(new String(again, StandardCharsets.ISO_8859_1)).contains("/CreationDate(D:20000101000000");
    }

    @Test
    void rendersPagesToPngForVisualReview() throws IOException {
        Path out = Path.of("target", "pdf-report");
        try (PDDocument document = Loader.loadPDF(provisionalPdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80);
                Path png = out.resolve("page-" + (page + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                assertThat(png).isNotEmptyFile();
            }
        }
    }

    @Test
    void longTableRunsOverSeveralPagesWithRepeatedColumnHeaders() throws IOException {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            rows.add(new ReportRow("Ligne budgétaire n° " + i, List.of(amount("1 000,00"), amount("900,00")),
                    i % 10 == 0 ? RowStyle.SUBTOTAL : RowStyle.LINE));
        }
        rows.add(new ReportRow("Total général", List.of(amount("90 000,00"), amount("81 000,00")), RowStyle.TOTAL));
        PdfReport report = new PdfReport(ASSOCIATION, 2023, null, true, null, List.of(new ReportSection(
                "Annexe", List.of(new ReportBlock.Table(new ReportTable("Annexe — détail des charges",
                        List.of("Compte", "2023", "2022"), rows))))));
        byte[] pdf = new PdfReportRenderer().render(report);
        Files.write(Path.of("target", "pdf-report", "rapport-long.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            // Cover, sommaire, then the table over at least two pages.
            assertThat(pages).isGreaterThanOrEqualTo(4);
            assertThat(pageText(document, 3)).contains("Annexe — détail des charges").contains("Ligne budgétaire n° 1 ");
            for (int page = 3; page <= pages; page++) {
                assertThat(pageText(document, page)).as("page %d", page)
                        .contains("Compte 2023 2022")
                        .contains("PROVISOIRE")
                        .contains("page " + page + " / " + pages);
            }
            assertThat(pageText(document, pages)).contains("Total général 90" + NNBSP + "000,00");
            PDFRenderer renderer = new PDFRenderer(document);
            ImageIO.write(renderer.renderImageWithDPI(3, 80), "png",
                    Path.of("target", "pdf-report", "long-page-3.png").toFile());
        }
    }

    @Test
    void templatesAreCompiledAtBuildTimeAndCanStillBeCompiledFromSource(@TempDir Path tempDir) throws Exception {
        for (String name : List.of(PdfReportRenderer.MAIN_TEMPLATE, PdfReportRenderer.KEY_FIGURES_TEMPLATE,
                PdfReportRenderer.TABLE_TEMPLATE)) {
            assertThat(PdfReportRenderer.class.getResource("/jasper/" + name + ".jasper")).as(name).isNotNull();
            assertThat(PdfReportRenderer.compileSource(name).getName()).isEqualTo(name);
        }
        assertThat(TemplateCompiler.compileAll(Path.of("src", "main", "jasperreports"), tempDir))
                .hasSize(3).allSatisfy(file -> assertThat(file).isNotEmptyFile());
    }

    /** Fonts of a page and of the forms it draws (charts are forms), each checked to be embedded. */
    static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources, List<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    @Test
    void isValidPdfA2bAccordingToVeraPdf() throws Exception {
        assertThat(PdfAValidation.failures(provisionalPdf)).isEmpty();
        assertThat(PdfAValidation.failures(finalPdf)).isEmpty();
        assertThat(PdfAValidation.flavour(finalPdf)).isEqualTo("2b");
    }

    @Test
    void hasABookmarkPerSectionAndPerTableOrChart() throws IOException {
        try (PDDocument document = Loader.loadPDF(finalPdf)) {
            var outline = document.getDocumentCatalog().getDocumentOutline();
            List<String> top = new ArrayList<>();
            List<String> all = new ArrayList<>();
            outline.children().forEach(item -> {
                top.add(item.getTitle());
                all.add(item.getTitle());
                item.children().forEach(child -> all.add(child.getTitle()));
            });
            assertThat(top).containsExactly("Sommaire", "Le mot de la présidente", "Les chiffres clés",
                    "Les activités", "Données financières");
            assertThat(all).contains("Nos priorités", "Compte de résultat", "Bilan — actif", "Répartition des produits",
                    "Évolution des produits et des charges");
        }
    }

    @Test
    void theSommaireGivesThePageOfEachSection() throws IOException {
        try (PDDocument document = Loader.loadPDF(finalPdf)) {
            String sommaire = pageText(document, 2);
            assertThat(sommaire).startsWith("Sommaire");
            for (String section : List.of("Le mot de la présidente", "Les chiffres clés", "Les activités",
                    "Données financières", "Compte de résultat")) {
                var line = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(section) + " (\\d+)")
                        .matcher(sommaire);
                assertThat(line.find()).as(section).isTrue();
                int page = Integer.parseInt(line.group(1));
                assertThat(pageText(document, page)).as("page %d for %s", page, section).contains(section);
            }
            // Filled once: every page field was patched, none keeps the fill's placeholder.
            assertThat(sommaire.lines().filter(text -> text.matches(".*\\D0\\s*"))).isEmpty();
        }
    }

    /**
     * The benchmark of docs/performance.md: a 30-page report (tables, charts, text) rendered to PDF; prints the
     * time and size. Only the size is asserted: timings depend on the machine.
     */
    @Test
    void thirtyPagesStayUnderTwoMegabytes() {
        PdfReport sample = sample(true);
        List<ReportSection> sections = new ArrayList<>();
        while (sections.size() < 24) {
            sections.addAll(sample.sections());
        }
        PdfReport big = new PdfReport(ASSOCIATION, 2023, sample.subtitle(), true, sample.cover(), sections);
        PdfReportRenderer renderer = new PdfReportRenderer();
        renderer.render(big); // warm-up: template loading, fonts
        long start = System.nanoTime();
        byte[] pdf = renderer.render(big);
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("[bench] board PDF: %d pages, %d bytes, rendered in %d ms%n",
                    document.getNumberOfPages(), pdf.length, millis);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(30);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(pdf.length).isLessThan(2 * 1024 * 1024);
    }

    @Test
    void theCoverShowsTheLogo() throws Exception {
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = logo.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 120, 80);
        graphics.setColor(java.awt.Color.DARK_GRAY);
        graphics.fillOval(20, 10, 80, 60);
        graphics.dispose();
        var png = new java.io.ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        PdfReport sample = sample(false);
        PdfReport withLogo = new PdfReport(sample.associationName(), sample.year(), sample.subtitle(), false,
                new PdfReport.Cover(png.toByteArray(), null), sample.sections());
        byte[] pdf = new PdfReportRenderer().render(withLogo);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            boolean image = false;
            for (var name : resources.getXObjectNames()) {
                image |= resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
            }
            assertThat(image).as("an image on the cover").isTrue();
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
