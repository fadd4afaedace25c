package org.cloture.ingest.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cloture.banking.BankStatementLine;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.CollectingRowSink;
import org.cloture.source.Finding;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Statements of random operations written in the bank layouts as their banks write them — signed or unsigned
 * split columns, one signed column, thousands separators, quoted labels holding the delimiter, UTF-8 with or
 * without BOM or Windows-1252, CR LF or LF, a preamble or none — read back operation for operation, amounts
 * signed from the bank's side, nothing rejected.
 */
class BankExportPropertyTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> LABELS = List.of("VIR SEPA MAIRIE DE LILLE", "PRLV SEPA EDF", "CB LEROY MERLIN",
            "REMISE CHÈQUES N° 8812", "Cotisation Hélène Dupré", "FRAIS ; COMMISSION", "CB Café de l'Église",
            "VIR INST FONDATION \"ABBÉ\"", "ECHEANCE PRET 1 234,56", "RETRAIT DAB 12/03");

    enum Layout { CAISSE_EPARGNE, CREDIT_AGRICOLE, CREDIT_MUTUEL, BANQUE_POSTALE, SOCIETE_GENERALE }

    record Operation(LocalDate date, String label, long cents) {
    }

    @Property(tries = 60)
    void everyOperationIsReadBackWithItsSignedAmount(@ForAll Layout layout,
                                                     @ForAll("operations") @Size(min = 0, max = 25) List<Operation> operations,
                                                     @ForAll boolean bom, @ForAll boolean crlf, @ForAll boolean windows1252,
                                                     @ForAll boolean grouped, @ForAll @IntRange(max = 3) int preambleLines)
            throws IOException {
        Charset charset = windows1252 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < preambleLines; i++) {
            lines.add(List.of("Compte courant n° 04123456789;;", "Date de début : 01/01/2024;Date de fin : 31/12/2024",
                    ";;").get(i));
        }
        lines.add(header(layout));
        for (Operation operation : operations) {
            lines.add(row(layout, operation, grouped));
        }
        String text = (bom && !windows1252 ? "\uFEFF" : "") + String.join(crlf ? "\r\n" : "\n", lines)
                + (crlf ? "\r\n" : "\n");
        Path file = Files.createTempFile("releve", ".csv");
        try {
            Files.write(file, text.getBytes(charset));
            BankCsvFileReader reader = new BankCsvFileReader();
            assertThat(reader.accepts(file)).isTrue();
            CollectingRowSink sink = new CollectingRowSink();
            reader.read(file, "releve.csv", 2024, CONFIG, sink);

            assertThat(sink.bankLines).extracting(BankStatementLine::amount)
                    .containsExactlyElementsOf(operations.stream().map(op -> BigDecimal.valueOf(op.cents(), 2)).toList());
            assertThat(sink.bankLines).extracting(BankStatementLine::date)
                    .containsExactlyElementsOf(operations.stream().map(Operation::date).toList());
            assertThat(sink.bankLines).extracting(BankStatementLine::label)
                    .containsExactlyElementsOf(operations.stream().map(Operation::label).toList());
            assertThat(sink.rejected).isEmpty();
            assertThat(sink.findings).noneMatch(Finding::isBlocking);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365).map(day -> LocalDate.of(2024, 1, 1)
                .plusDays(day));
        Arbitrary<Long> cents = Arbitraries.longs().between(-99_999_999L, 99_999_999L).filter(c -> c != 0);
        return Combinators.combine(dates, Arbitraries.of(LABELS), cents).as(Operation::new).list();
    }

    private static String header(Layout layout) {
        return switch (layout) {
            case CAISSE_EPARGNE -> "Date;Numéro d'opération;Libellé;Débit;Crédit;Détail;";
            case CREDIT_AGRICOLE -> "Date;Libellé;Débit euros;Crédit euros;";
            case CREDIT_MUTUEL -> "Date;Date de valeur;Débit;Crédit;Libellé;Solde";
            case BANQUE_POSTALE -> "Date;Libellé;Montant(EUROS)";
            case SOCIETE_GENERALE -> "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise";
        };
    }

    private static String row(Layout layout, Operation op, boolean grouped) {
        String date = DAY.format(op.date());
        String label = quoted(op.label());
        String magnitude = amount(Math.abs(op.cents()), grouped);
        boolean in = op.cents() > 0;
        return switch (layout) {
            // Caisse d'Épargne signs both columns: -0,39 in Débit, +30,00 in Crédit.
            case CAISSE_EPARGNE -> date + ";REF" + Math.abs(op.cents()) + ";" + label + ";"
                    + (in ? ";+" + magnitude : "-" + magnitude + ";") + ";;";
            // Crédit Agricole writes both positive.
            case CREDIT_AGRICOLE -> date + ";" + label + ";" + (in ? ";" + magnitude : magnitude + ";") + ";";
            case CREDIT_MUTUEL -> date + ";" + date + ";" + (in ? ";" + magnitude : "-" + magnitude + ";") + ";"
                    + label + ";1 000,00";
            case BANQUE_POSTALE -> date + ";" + label + ";" + (in ? "+" : "-") + magnitude;
            case SOCIETE_GENERALE -> date + ";" + label + ";;" + (in ? "" : "-") + magnitude + ";EUR";
        };
    }

    /** 1234567 cents as {@code 12345,67} or {@code 12 345,67}. */
    private static String amount(long cents, boolean grouped) {
        String units = Long.toString(cents / 100);
        if (grouped) {
            StringBuilder withSpaces = new StringBuilder();
            for (int i = 0; i < units.length(); i++) {
                if (i > 0 && (units.length() - i) % 3 == 0) {
                    withSpaces.append(' ');
                }
                withSpaces.append(units.charAt(i));
            }
            units = withSpaces.toString();
        }
        return units + "," + String.format(Locale.ROOT, "%02d", cents % 100);
    }

    private static String quoted(String label) {
        return label.contains(";") || label.contains("\"") ? "\"" + label.replace("\"", "\"\"") + "\"" : label;
    }
}
