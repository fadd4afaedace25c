package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cloture.ingest.fec.FecLine;

/**
 * The trial balance (Σ debit − credit per account) of what the reader emits does not depend on the order
 * of the lines nor on how the export was cut into parts. Accounts are drawn outside 12x: a FEC holds no
 * closing entry, and the set-aside rule relies on an entry's lines being contiguous (see ClosingEntryFilter).
 */
class FecTrialBalancePropertyTest {

    private static final List<String> ACCOUNTS = List.of("512000", "530000", "401000", "411DUPONT", "606100",
            "6411", "756000", "754100", "7012A", "86400000", "875000", "102000", "445660");

    private record Line(String account, long cents, boolean debit) {
        String text(int entry) {
            String amount = BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
            return String.join("\t", "OD", "Opérations", "OD" + entry, "20230315", account, "Compte", "", "", "P" + entry,
                    "20230314", "Libellé", debit ? amount : "0,00", debit ? "0,00" : amount, "", "", "20230320", "", "");
        }
    }

    @Property(tries = 60)
    void reorderingTheLinesKeepsTheTrialBalance(@ForAll("ledgers") List<List<Line>> entries, @ForAll long seed)
            throws IOException {
        List<String> lines = textLines(entries);
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));
        Path dir = Files.createTempDirectory("fec-prop");
        try {
            Map<String, BigDecimal> ordered = trialBalance(read(write(dir, "123456789FEC20231231.txt", lines, true)));
            Map<String, BigDecimal> reordered = trialBalance(read(write(dir, "melange.txt", shuffled, true)));

            assertThat(reordered).isEqualTo(ordered).isEqualTo(expected(entries));
        } finally {
            deleteAll(dir);
        }
    }

    @Property(tries = 60)
    void splittingIntoPartsKeepsTheTrialBalance(@ForAll("ledgers") List<List<Line>> entries,
            @ForAll @IntRange(min = 1, max = 4) int parts, @ForAll boolean repeatHeader) throws IOException {
        List<String> lines = textLines(entries);
        Path dir = Files.createTempDirectory("fec-parts");
        try {
            List<FecLine> emitted = new ArrayList<>();
            int size = (lines.size() + parts - 1) / parts;
            for (int part = 1; part <= parts; part++) {
                List<String> slice = lines.subList(Math.min(lines.size(), (part - 1) * size),
                        Math.min(lines.size(), part * size));
                Path file = write(dir, "123456789FEC20231231_" + part + ".txt", slice, part == 1 || repeatHeader);
                emitted.addAll(read(file));
            }

            assertThat(emitted).hasSize(lines.size());
            assertThat(trialBalance(emitted)).isEqualTo(expected(entries));
        } finally {
            deleteAll(dir);
        }
    }

    @Provide
    Arbitrary<List<List<Line>>> ledgers() {
        Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
        Arbitrary<Long> cents = Arbitraries.longs().between(1, 10_000_000);
        // A balanced entry: n debits, and one credit that balances them.
        Arbitrary<List<Line>> entry = Combinators.combine(account.list().ofMinSize(1).ofMaxSize(4),
                cents.list().ofMinSize(4).ofMaxSize(4), account).as((accounts, amounts, creditAccount) -> {
                    List<Line> lines = new ArrayList<>();
                    long total = 0;
                    for (int i = 0; i < accounts.size(); i++) {
                        lines.add(new Line(accounts.get(i), amounts.get(i), true));
                        total += amounts.get(i);
                    }
                    lines.add(new Line(creditAccount, total, false));
                    return lines;
                });
        return entry.list().ofMinSize(1).ofMaxSize(25);
    }

    private static List<String> textLines(List<List<Line>> entries) {
        List<String> lines = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            for (Line line : entries.get(e)) {
                lines.add(line.text(e + 1));
            }
        }
        return lines;
    }

    private static Map<String, BigDecimal> expected(List<List<Line>> entries) {
        Map<String, BigDecimal> balance = new TreeMap<>();
        entries.stream().flatMap(List::stream).forEach(line -> balance.merge(line.account(),
                BigDecimal.valueOf(line.debit() ? line.cents() : -line.cents(), 2), BigDecimal::add));
        balance.values().removeIf(amount -> amount.signum() == 0);
        return balance;
    }

    private static Map<String, BigDecimal> trialBalance(List<FecLine> lines) {
        Map<String, BigDecimal> balance = new TreeMap<>();
        lines.forEach(line -> balance.merge(line.accountNum(), line.balance(), BigDecimal::add));
        balance.values().removeIf(amount -> amount.signum() == 0);
        return balance;
    }

    private static List<FecLine> read(Path file) {
        RecordingSink sink = new RecordingSink();
        new FecFileReader().read(file, file.getFileName().toString(), 2023, RecordingSink.calendarYear(), sink);
        assertThat(sink.rejected).isEmpty();
        return sink.fecLines;
    }

    private static Path write(Path dir, String name, List<String> lines, boolean header) throws IOException {
        StringBuilder text = new StringBuilder();
        if (header) {
            text.append(FecFileReaderPartsTest.HEADER).append('\n');
        }
        lines.forEach(line -> text.append(line).append('\n'));
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
