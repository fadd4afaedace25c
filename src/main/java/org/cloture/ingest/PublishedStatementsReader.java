package org.cloture.ingest;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cloture.ingest.cells.AmountParser;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * {@code comptes-publies.csv}: the statements an association published for a year whose FEC it cannot give
 * (its first year with Clôture), one row per line code of the layout ({@code Code;Montant}, net amounts for
 * the bilan). Only fills the N-1 column: nothing else is computed from it.
 */
public final class PublishedStatementsReader {

    public static final String FILE_NAME = "comptes-publies.csv";

    /** The amounts by line code, and what was wrong in the file. */
    public record Published(Map<String, BigDecimal> amounts, List<Finding> findings) {
    }

    private PublishedStatementsReader() {
    }

    public static Optional<Path> locate(Path inputRoot, int year) {
        Path file = inputRoot.resolve(Integer.toString(year)).resolve(FILE_NAME);
        // Never through a symbolic link: the drop folder only reads what was dropped in it.
        return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
    }

    public static Published read(Path file, Set<String> knownCodes) {
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(reader)) {
                int row = (int) record.getRecordNumber() + 1;
                String code = record.isMapped("Code") ? record.get("Code").toUpperCase(Locale.ROOT) : "";
                String text = record.isMapped("Montant") ? record.get("Montant") : "";
                if (!knownCodes.contains(code)) {
                    findings.add(Finding.of(CheckId.PUBLISHED_UNKNOWN_CODE,
                            new SourceLocation(name, null, row, "Code"), code, code));
                    continue;
                }
                Optional<BigDecimal> amount = AmountParser.parse(text);
                if (amount.isEmpty()) {
                    findings.add(Finding.of(CheckId.INVALID_AMOUNT, new SourceLocation(name, null, row, "Montant"),
                            text, text));
                    continue;
                }
                amounts.merge(code, amount.get(), BigDecimal::add);
            }
        } catch (IOException | RuntimeException e) {
            findings.add(Finding.of(CheckId.FILE_UNREADABLE, SourceLocation.ofFile(name), null,
                    "attendu : un fichier CSV « Code;Montant » en UTF-8"));
        }
        return new Published(amounts, findings);
    }
}
