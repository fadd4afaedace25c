package org.cloture.ingest.fec;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small synthetic FEC files for the reader tests. */
final class FecFixtures {

    static final List<String> HEADER = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate",
            "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib",
            "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");

    private FecFixtures() {
    }

    /** A line of the worked example of fec.md §7, with the given account and amounts. */
    static List<String> row(String entryNum, String account, String debit, String credit) {
        return new ArrayList<>(Arrays.asList("BQ", "Banque", entryNum, "20230315", account, "Compte", "", "",
                "CHQ1234", "20230314", "Cotisation 2023 et don", debit, credit, "", "", "20230320", "", ""));
    }

    static List<String> with(List<String> row, String column, String value) {
        row.set(HEADER.indexOf(column), value);
        return row;
    }

    /** The balanced three-line entry of fec.md §7. */
    static List<List<String>> workedExample() {
        return List.of(row("BQ000042", "512000", "60,00", "0,00"), row("BQ000042", "756000", "0,00", "50,00"),
                row("BQ000042", "754100", "0,00", "10,00"));
    }

    static String text(String separator, String eol, List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join(separator, header)).append(eol);
        for (List<String> row : rows) {
            text.append(String.join(separator, row)).append(eol);
        }
        return text.toString();
    }

    static String tabText(List<List<String>> rows) {
        return text("\t", "\n", HEADER, rows);
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
