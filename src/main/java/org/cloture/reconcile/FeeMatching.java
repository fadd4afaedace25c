package org.cloture.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cloture.ledger.LedgerLine;
import org.cloture.membership.Member;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Findings;

/**
 * Each fee of the register against the lines of account 756, member by member and one to one. The candidates
 * of a line are found by number, full name or approximate name ({@link FeeCandidates}); lines and members are
 * then paired as one global assignment ({@link OneToOneAssignment}): the most pairs, then the surest evidence,
 * then equal amounts, then the closest dates. Reported: a pair whose amounts differ (both rows named), a fee in
 * the accounts with no member, a member's fee with no entry.
 */
public final class FeeMatching {

    private FeeMatching() {
    }

    /** A 756 line and the member whose fee it is. */
    public record Pair(LedgerLine line, Member member) {

        public BigDecimal amount() {
            return received(line);
        }

        public boolean amountsAgree() {
            return member.fee().compareTo(amount()) == 0;
        }
    }

    /** The pairing of a year: pairs in line order, then what is left on either side. */
    public record Pairing(List<Pair> pairs, List<LedgerLine> linesWithoutMember, List<Member> membersWithoutLine) {
    }

    public static List<Finding> check(List<Member> members, List<LedgerLine> ledger) {
        Pairing pairing = pair(members, ledger);
        if (pairing.pairs().isEmpty() && (pairing.linesWithoutMember().isEmpty()
                || pairing.membersWithoutLine().isEmpty())) {
            // A register without fees, or accounts without any fee line: FeeReconciliation's totals say it once.
            return List.of();
        }
        // Capped as they are made: 200 000 members without a line would otherwise be 200 000 messages held at once.
        Findings findings = new Findings();
        for (Pair pair : pairing.pairs()) {
            if (!pair.amountsAgree()) {
                findings.add(amountDiffers(pair));
            }
        }
        for (LedgerLine line : pairing.linesWithoutMember()) {
            findings.add(Finding.of(CheckId.FEE_MEMBER_UNKNOWN, line.location(), line.label(),
                    FrenchFormat.amount(received(line)), line.label()));
        }
        for (Member member : pairing.membersWithoutLine()) {
            findings.add(Finding.of(CheckId.FEE_NOT_IN_ACCOUNTS, member.location().withColumn("Cotisation"),
                    member.fee().toPlainString(), FrenchFormat.amount(member.fee()), member.memberId()));
        }
        return findings.asList();
    }

    /** The members with a fee and the 756 lines that received money, paired one to one. */
    public static Pairing pair(List<Member> members, List<LedgerLine> ledger) {
        List<Member> paying = members.stream().filter(member -> member.fee() != null && member.fee().signum() > 0)
                .toList();
        List<LedgerLine> fees = ledger.stream().filter(line -> line.account().startsWith("756"))
                .filter(line -> received(line).signum() > 0).toList();
        FeeCandidates candidates = new FeeCandidates(paying);
        List<OneToOneAssignment.Edge> edges = new ArrayList<>();
        for (int i = 0; i < fees.size(); i++) {
            LedgerLine line = fees.get(i);
            BigDecimal amount = received(line);
            for (FeeCandidates.Candidate candidate : candidates.of(i, line)) {
                edges.add(new OneToOneAssignment.Edge(i, candidate.member(),
                        FeeCandidates.score(candidate, amount, line, paying.get(candidate.member()))));
            }
        }
        int[] memberOfLine = OneToOneAssignment.solve(fees.size(), paying.size(), edges);
        boolean[] paid = new boolean[paying.size()];
        List<Pair> pairs = new ArrayList<>();
        List<LedgerLine> alone = new ArrayList<>();
        for (int i = 0; i < fees.size(); i++) {
            if (memberOfLine[i] >= 0) {
                paid[memberOfLine[i]] = true;
                pairs.add(new Pair(fees.get(i), paying.get(memberOfLine[i])));
            } else {
                alone.add(fees.get(i));
            }
        }
        List<Member> unpaid = new ArrayList<>();
        for (int j = 0; j < paying.size(); j++) {
            if (!paid[j]) {
                unpaid.add(paying.get(j));
            }
        }
        return new Pairing(List.copyOf(pairs), List.copyOf(alone), List.copyOf(unpaid));
    }

    private static Finding amountDiffers(Pair pair) {
        LedgerLine line = pair.line();
        Member member = pair.member();
        return Finding.of(CheckId.FEE_AMOUNT_DIFFERS, member.location().withColumn("Cotisation"),
                member.fee().toPlainString(), member.memberId(), FrenchFormat.amount(member.fee()),
                FrenchFormat.amount(pair.amount()), line.date() == null ? "?" : FrenchFormat.shortDate(line.date()),
                FrenchFormat.amount(member.fee().subtract(pair.amount()).abs()))
                .withRelated(List.of(line.location()));
    }

    private static BigDecimal received(LedgerLine line) {
        return line.credit().subtract(line.debit());
    }
}
