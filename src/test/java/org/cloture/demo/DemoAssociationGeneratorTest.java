package org.cloture.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo input/ is exactly what the generator produces, and its FECs are consistent. */
class DemoAssociationGeneratorTest {

    static final Path COMMITTED = projectDir().resolve("input");

    static final int[] YEARS = {2022, 2023, 2024, 2025};
    static final Path COMMITTED_OLD_CHART = projectDir().resolve(DemoAssociationGenerator.OLD_CHART_COPY);

    @TempDir
    static Path generated;

    @TempDir
    static Path generatedOldChart;

    @BeforeAll
    static void regenerate() throws IOException {
        DemoAssociationGenerator.generate(generated, generatedOldChart.resolve("900000001FEC20251231.txt"));
    }

    static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
    }

    @Test
    void sameFilesAsCommitted() throws IOException {
        // input/README.md is the users' documentation of the drop folder, written by hand.
        List<String> committed = relativeFiles(COMMITTED).stream().filter(name -> !name.equals("README.md")).toList();
        assertEquals(committed, relativeFiles(generated));
    }

    @Test
    void textFilesAreByteIdentical() throws IOException {
        for (String name : relativeFiles(generated)) {
            if (!name.endsWith(".xlsx")) {
                assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(name)),
                    Files.readAllBytes(generated.resolve(name)), name + " differs from the committed file");
            }
        }
    }

    @Test
    void workbooksHaveTheSameCells() throws IOException {
        for (String name : relativeFiles(generated)) {
            if (name.endsWith(".xlsx")) {
                assertEquals(cells(COMMITTED.resolve(name)), cells(generated.resolve(name)), name);
            }
        }
    }

    @Test
    void theOldChartCopyOf2025IsWhatTheGeneratorWrites() throws IOException {
        assertArrayEquals(Files.readAllBytes(COMMITTED_OLD_CHART),
            Files.readAllBytes(generatedOldChart.resolve("900000001FEC20251231.txt")));
    }

    @Test
    void everyEntryBalances() throws IOException {
        for (int year : YEARS) {
            Map<String, BigDecimal> perEntry = new TreeMap<>();
            for (String[] f : fec(year)) {
                perEntry.merge(f[0] + "/" + f[2], amount(f[11]).subtract(amount(f[12])), BigDecimal::add);
            }
            perEntry.forEach((entry, diff) -> assertEquals(0, diff.signum(), year + " entry " + entry));
            assertTrue(perEntry.size() > 500);
        }
    }

    @Test
    void openingBalancesOf2023EqualClosingBalancesOf2022() throws IOException {
        assertEquals(new BigDecimal("3186.42"), openingEqualsPreviousClosing(2023));
    }

    @Test
    void openingBalancesOfEachYearEqualClosingBalancesOfThePreviousOne() throws IOException {
        assertEquals(new BigDecimal("-4275.18"), openingEqualsPreviousClosing(2024));
        assertEquals(new BigDecimal("1862.37"), openingEqualsPreviousClosing(2025));
    }

    /** Asserts the à-nouveaux of a year are the closing balances of the previous one; returns that year's result. */
    static BigDecimal openingEqualsPreviousClosing(int year) throws IOException {
        Map<String, BigDecimal> closing = new TreeMap<>();
        BigDecimal result = BigDecimal.ZERO;
        for (String[] f : fec(year - 1)) {
            BigDecimal net = amount(f[11]).subtract(amount(f[12]));
            char cls = f[4].charAt(0);
            if (cls >= '1' && cls <= '5') {
                closing.merge(f[4], net, BigDecimal::add);
            } else if (cls == '6' || cls == '7') {
                result = result.subtract(net);
            }
        }
        closing.merge(result.signum() >= 0 ? "120000" : "129000", result.negate(), BigDecimal::add);
        closing.values().removeIf(v -> v.signum() == 0);

        Map<String, BigDecimal> opening = new TreeMap<>();
        for (String[] f : fec(year)) {
            if (f[0].equals("AN")) {
                opening.merge(f[4], amount(f[11]).subtract(amount(f[12])), BigDecimal::add);
            }
        }
        assertEquals(closing, opening, "à-nouveaux " + year);
        return result;
    }

    @Test
    void eachLineHasEighteenFieldsAndCrLf() throws IOException {
        for (int year : YEARS) {
            String text = Files.readString(fecPath(year), StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\r\n"));
            for (String line : text.split("\r\n")) {
                assertEquals(18, line.split("\t", -1).length, line);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static Path fecPath(int year) {
        return COMMITTED.resolve(year + "/900000001FEC" + year + "1231.txt");
    }

    static List<String[]> fec(int year) throws IOException {
        List<String> lines = Files.readAllLines(fecPath(year), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                .sorted().toList();
        }
    }

    /** Every non-empty cell as "sheet!ref=type:value[format]". */
    static List<String> cells(Path xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = switch (cell.getCellType()) {
                            case NUMERIC -> "n:" + cell.getNumericCellValue();
                            case STRING -> "s:" + cell.getStringCellValue();
                            case BOOLEAN -> "b:" + cell.getBooleanCellValue();
                            case FORMULA -> "f:" + cell.getCellFormula();
                            default -> "blank";
                        };
                        out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value + "["
                            + cell.getCellStyle().getDataFormatString() + "]");
                    }
                }
            }
        }
        return out;
    }
}
