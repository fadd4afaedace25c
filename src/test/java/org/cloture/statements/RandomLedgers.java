package org.cloture.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;

/** Random balanced ledgers for the properties of the statements: each movement one entry of two lines. */
final class RandomLedgers {

    /** One entry: an amount debited to one account and credited to another. */
    record Movement(String debit, String credit, long cents) {
    }

    private RandomLedgers() {
    }

    /** One to forty movements between the given accounts, of 0,01 € to 100 000 000,00 €. */
    static Arbitrary<List<Movement>> over(List<String> accounts) {
        Arbitrary<String> account = Arbitraries.of(accounts);
        Arbitrary<Movement> movement = Combinators.combine(account, account,
                Arbitraries.longs().between(1, 10_000_000_000L)).as(Movement::new);
        return movement.list().ofMinSize(1).ofMaxSize(40);
    }

    /** The trial balance of the movements, each booked as an entry of the given day. */
    static TrialBalance trialBalance(List<Movement> movements, LocalDate day) {
        List<LedgerLine> lines = new ArrayList<>();
        int entry = 0;
        for (Movement movement : movements) {
            BigDecimal amount = BigDecimal.valueOf(movement.cents(), 2);
            String number = Integer.toString(++entry);
            lines.add(line(number, day, movement.debit(), amount, BigDecimal.ZERO.setScale(2)));
            lines.add(line(number, day, movement.credit(), BigDecimal.ZERO.setScale(2), amount));
        }
        return TrialBalance.of(lines);
    }

    private static LedgerLine line(String entry, LocalDate day, String account, BigDecimal debit, BigDecimal credit) {
        return new LedgerLine("OD", entry, day, account, "Compte " + account, null, "mouvement", debit, credit, null);
    }
}
