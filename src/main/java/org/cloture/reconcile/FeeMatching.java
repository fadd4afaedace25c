package org.cloture.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cloture.ledger.LedgerLine;
import org.cloture.membership.Member;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/**
 * Each fee of the register against the lines of account 756 that carry it: by the member number in the
 * auxiliary account or the label, else by the name in the label, spelt approximately (a bank label
 * truncates and misspells names). Lists the fees paid with no member and the members marked paid with no line.
 */
public final class FeeMatching {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private FeeMatching() {
    }

    public static List<Finding> check(List<Member> members, List<LedgerLine> ledger) {
        List<Member> paying = members.stream().filter(member -> member.fee() != null && member.fee().signum() > 0)
                .toList();
        List<LedgerLine> fees = ledger.stream().filter(line -> line.account().startsWith("756"))
                .filter(line -> line.credit().subtract(line.debit()).signum() > 0).toList();
        if (paying.isEmpty() || fees.isEmpty()) {
            return List.of();
        }
        Set<Member> matched = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (LedgerLine line : fees) {
            BigDecimal amount = line.credit().subtract(line.debit());
            Optional<Member> member = bestMatch(line, amount, paying, matched);
            member.ifPresentOrElse(matched::add, () -> findings.add(Finding.of(CheckId.FEE_MEMBER_UNKNOWN,
                    line.location(), line.label(), FrenchFormat.amount(amount), line.label())));
        }
        for (Member member : paying) {
            if (!matched.contains(member)) {
                findings.add(Finding.of(CheckId.FEE_NOT_IN_ACCOUNTS, member.location().withColumn("Cotisation"),
                        member.fee().toPlainString(), FrenchFormat.amount(member.fee()), member.memberId()));
            }
        }
        return findings;
    }

    /**
     * The member this line is for: by number (auxiliary account or a word of the label) first, else by
     * name; among several, the first not yet matched, those with the same amount first.
     */
    private static Optional<Member> bestMatch(LedgerLine line, BigDecimal amount, List<Member> members,
                                             Set<Member> alreadyMatched) {
        String label = People.key(line.label());
        // A label may repeat a word ("Musée de la Mine de Lens"): Set.copyOf keeps one, Set.of would throw.
        Set<String> words = Set.copyOf(java.util.Arrays.asList(label.split(" ")));
        String auxiliary = People.key(line.auxiliary());
        List<Member> byNumber = members.stream().filter(member -> !alreadyMatched.contains(member))
                .filter(member -> {
                    String id = People.key(member.memberId());
                    return id.equals(auxiliary) || words.contains(id);
                }).toList();
        List<Member> candidates = !byNumber.isEmpty() ? byNumber : members.stream()
                .filter(member -> !alreadyMatched.contains(member)).filter(member -> nameInLabel(label, member))
                .toList();
        return candidates.stream().filter(member -> member.fee().compareTo(amount) == 0).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** The member's name appears in the label, word for word or within a few typing errors. */
    private static boolean nameInLabel(String label, Member member) {
        List<String> spellings = new ArrayList<>();
        String name = People.key(member.name());
        if (member.firstName() != null && !member.firstName().isBlank()) {
            String first = People.key(member.firstName());
            spellings.add(first + " " + name);
            spellings.add(name + " " + first);
        } else if (name.length() >= 4) {
            spellings.add(name);
        }
        String[] words = label.split(" ");
        for (String spelling : spellings) {
            int length = spelling.split(" ").length;
            for (int i = 0; i + length <= words.length; i++) {
                String window = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + length));
                int tolerance = spelling.length() >= 12 ? 2 : spelling.length() >= 6 ? 1 : 0;
                Integer distance = DISTANCE.apply(window.toLowerCase(Locale.ROOT), spelling);
                if (distance >= 0 && distance <= tolerance) {
                    return true;
                }
            }
        }
        return false;
    }
}
