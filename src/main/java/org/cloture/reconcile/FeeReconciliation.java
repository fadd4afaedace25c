package org.cloture.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.membership.Member;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/** Fees: the register's total for the year against the balance of account 756 (tolerance 0,00 €). */
public final class FeeReconciliation {

    private FeeReconciliation() {
    }

    /** @param feeLines the year's accounting lines on 756, named beside a mismatch */
    public static List<Finding> check(List<Member> members, TrialBalance ledger, List<LedgerLine> feeLines) {
        return check(members, ledger, feeLines, Amounts.ZERO);
    }

    /** @param tolerance the largest difference not reported (association.yml tolerances.fees) */
    public static List<Finding> check(List<Member> members, TrialBalance ledger, List<LedgerLine> feeLines,
                                      BigDecimal tolerance) {
        if (members.isEmpty() || ledger.isEmpty()) {
            return List.of();
        }
        BigDecimal register = members.stream().map(Member::fee).filter(Objects::nonNull)
                .reduce(Amounts.ZERO, BigDecimal::add);
        BigDecimal accounts = ledger.balanceOf("756").negate();
        if (Amounts.withinTolerance(register, accounts, tolerance)) {
            return List.of();
        }
        return List.of(Finding.of(CheckId.FEES_MISMATCH, members.get(0).location().withColumn("Cotisation"),
                register.toPlainString(), FrenchFormat.amount(register), FrenchFormat.amount(accounts))
                .withRelated(Stream.concat(
                        members.stream().filter(member -> member.fee() != null).map(Member::location),
                        feeLines.stream().map(LedgerLine::location)).toList()));
    }
}
