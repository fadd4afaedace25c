package org.cloture.statements.annex;

import java.time.LocalDate;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.LedgerLine;
import org.cloture.money.Amounts;

/** Small hand-written ledgers for the annexe tests. */
final class Ledgers {

    private Ledgers() {
    }

    static LedgerLine line(String journal, String entry, String date, String account, String debit, String credit) {
        return new LedgerLine(journal, entry, LocalDate.parse(date), account, "Compte " + account, null, "Écriture",
                Amounts.of(debit), Amounts.of(credit), null);
    }

    static AccountBalance balance(String account, String auxiliary, String debit, String credit) {
        return new AccountBalance(account, auxiliary, "Compte " + account, Amounts.of(debit), Amounts.of(credit));
    }
}
