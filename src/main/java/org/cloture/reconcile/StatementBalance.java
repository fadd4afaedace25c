package org.cloture.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.money.Amounts;
import org.cloture.source.SourceLocation;

/**
 * The balance of one bank account at a given day, from what its statements say: a balance stated in so many words
 * (LEDGERBAL, « Solde au … », « Nouveau / Ancien solde »), or the « Solde » column beside an operation. Each is an
 * anchor after so many operations in date order; the one nearest the day is rolled to it with the operations in
 * between (forward: added; backward: taken off). An opening balance and the movements thus give the closing.
 */
final class StatementBalance {

    /** A known balance after the first {@code after} operations in date order. */
    private record Anchor(int after, BigDecimal amount, SourceLocation location) {
    }

    /** The balance at a day, and where the figure it was rolled from was read. */
    record AtDay(BigDecimal amount, SourceLocation source) {
    }

    private final List<BankStatementLine> chronological;
    private final List<Anchor> anchors = new ArrayList<>();

    StatementBalance(List<BankStatementLine> lines, List<StatedBalance> stated) {
        this.chronological = chronological(lines);
        for (StatedBalance balance : stated) {
            LocalDate cut = balance.timing() == StatedBalance.Timing.CLOSING ? balance.date() : balance.date().minusDays(1);
            anchors.add(new Anchor(countUpTo(cut), balance.amount(), balance.location()));
        }
        for (int i = 0; i < chronological.size(); i++) {
            BankStatementLine line = chronological.get(i);
            if (line.runningBalance() != null) {
                anchors.add(new Anchor(i + 1, line.runningBalance(), line.location()));
            }
        }
    }

    /** Empty when the statement states no balance at all. */
    Optional<AtDay> at(LocalDate day) {
        int upToDay = countUpTo(day);
        return anchors.stream().min(Comparator.comparingInt(anchor -> Math.abs(anchor.after() - upToDay)))
                .map(anchor -> new AtDay(rolled(anchor, day), anchor.location()));
    }

    private BigDecimal rolled(Anchor anchor, LocalDate day) {
        BigDecimal amount = anchor.amount();
        for (int i = anchor.after(); i < chronological.size(); i++) {
            if (!chronological.get(i).date().isAfter(day)) {
                amount = amount.add(chronological.get(i).amount());
            }
        }
        for (int i = 0; i < anchor.after(); i++) {
            if (chronological.get(i).date().isAfter(day)) {
                amount = amount.subtract(chronological.get(i).amount());
            }
        }
        return Amounts.exact(amount);
    }

    /** How many operations are dated on or before the day. */
    private int countUpTo(LocalDate day) {
        return (int) chronological.stream().filter(line -> !line.date().isAfter(day)).count();
    }

    /**
     * The operations in the order they happened: each file in its row order, turned over when it lists the newest
     * first (many banks do), then the files by date; a stable sort keeps the order of a day's operations.
     */
    static List<BankStatementLine> chronological(List<BankStatementLine> lines) {
        Map<String, List<BankStatementLine>> byFile = new LinkedHashMap<>();
        for (BankStatementLine line : lines) {
            byFile.computeIfAbsent(line.location().file() + '\u0000' + line.location().sheet(),
                    file -> new ArrayList<>()).add(line);
        }
        List<BankStatementLine> ordered = new ArrayList<>();
        for (List<BankStatementLine> file : byFile.values()) {
            List<BankStatementLine> rows = new ArrayList<>(file);
            rows.sort(Comparator.comparing(line -> line.location().row() == null ? 0 : line.location().row()));
            if (rows.get(0).date().isAfter(rows.get(rows.size() - 1).date())) {
                java.util.Collections.reverse(rows);
            }
            ordered.addAll(rows);
        }
        ordered.sort(Comparator.comparing(BankStatementLine::date));
        return ordered;
    }
}
