package org.cloture.reconcile;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cloture.ledger.LedgerLine;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;

/**
 * Which members each 756 line may be for, and how surely: the candidate edges of the fee pairing. Evidence,
 * strongest first:
 * <ol>
 *   <li>the member's number in CompAuxNum (the member's own auxiliary account);</li>
 *   <li>the number in PieceRef or EcritureLib, when it cannot be mistaken for another number (it has a letter,
 *       several parts like 2023-017, or five digits or more); a short plain number there (56, 2023) may be a
 *       département, a year or a piece number, so it weighs less than a full name;</li>
 *   <li>the full name in the label: « prénom nom » or « nom prénom » for a person, the whole name for an
 *       organisation; a longer name outweighs a name it contains (« Musée du Sucre (Roubaix 56) » over
 *       « Musée du Sucre »);</li>
 *   <li>only for a line with none of the above: the name within a few typing errors (Levenshtein).</li>
 * </ol>
 * Numbers and names add up. Everything is found through hash indexes of the register (no line is compared
 * with every member): a 200 000-member register costs a few lookups per line.
 */
final class FeeCandidates {

    static final int AUXILIARY_NUMBER = 3000;
    static final int STRONG_NUMBER = 2000;
    static final int WEAK_NUMBER = 300;
    static final int FULL_NAME = 500;
    static final int TYPED_NAME = 100;

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);
    private static final Pattern ID_PART = Pattern.compile("\\p{L}+|\\p{Nd}+");
    /** Words of a label looked at: a pasted paragraph in a label must not cost minutes. */
    private static final int MAX_WORDS = 60;
    /** A blocking key shared by more spellings than this discriminates nothing (a common first name). */
    private static final int MAX_BUCKET = 5_000;

    private final List<Member> members;
    private final KeyIndex byNumber = new KeyIndex();
    private final KeyIndex byName = new KeyIndex();
    private KeyIndex byWordPrefix;
    private int longestNumber = 1;
    private int longestName = 1;

    /** A candidate: line i may be the fee of member j, with this much evidence. */
    record Candidate(int line, int member, int evidence) {
    }

    FeeCandidates(List<Member> members) {
        this.members = members;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            String number = numberKey(member.memberId());
            if (!number.isEmpty()) {
                byNumber.add(number, i);
                longestNumber = Math.max(longestNumber, number.split(" ").length);
            }
            for (String spelling : spellingsOf(member)) {
                byName.add(spelling, i);
                longestName = Math.max(longestName, spelling.split(" ").length);
            }
        }
    }

    /** The candidates of one line (by number and full name; by approximate name only when those find none). */
    List<Candidate> of(int lineIndex, LedgerLine line) {
        Map<Integer, Integer> numberEvidence = new HashMap<>();
        numbers(line.auxiliary(), true, numberEvidence);
        auxiliarySuffixes(line.auxiliary(), numberEvidence);
        numbers(line.pieceRef(), false, numberEvidence);
        numbers(line.label(), false, numberEvidence);
        Map<Integer, Integer> nameEvidence = new HashMap<>();
        List<String> words = words(line.label());
        fullNames(words, nameEvidence);
        if (numberEvidence.isEmpty() && nameEvidence.isEmpty()) {
            typedNames(words, nameEvidence);
        }
        Set<Integer> candidates = new LinkedHashSet<>(numberEvidence.keySet());
        candidates.addAll(nameEvidence.keySet());
        List<Candidate> found = new ArrayList<>(candidates.size());
        for (int member : candidates) {
            found.add(new Candidate(lineIndex, member,
                    numberEvidence.getOrDefault(member, 0) + nameEvidence.getOrDefault(member, 0)));
        }
        return found;
    }

    /**
     * The score of a pair: the evidence first, then an equal amount, then the closest date (the register's
     * payment date against the entry's), packed in one long so that the assignment compares them in that order.
     */
    static long score(Candidate candidate, BigDecimal lineAmount, LedgerLine line, Member member) {
        long equal = member.fee() != null && member.fee().compareTo(lineAmount) == 0 ? 1 : 0;
        long closeness = 0;
        if (member.paidOn() != null && line.date() != null) {
            long days = Math.abs(ChronoUnit.DAYS.between(member.paidOn(), line.date()));
            closeness = 2_000_000 - Math.min(days, 2_000_000);
        }
        return ((long) candidate.evidence() << 22) | (equal << 21) | closeness;
    }

    // --- Numbers -------------------------------------------------------------------------------------------

    /**
     * A number as comparable parts: letters and digits apart, leading zeros dropped — « A-0042 », « a0042 » and
     * « A 42 » agree, and « ADH0042 » contains « 0042 ».
     */
    static List<String> numberParts(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        Matcher matcher = ID_PART.matcher(People.key(text));
        while (matcher.find() && parts.size() < MAX_WORDS) {
            String part = matcher.group();
            if (Character.isDigit(part.charAt(0))) {
                String significant = part.replaceFirst("^0+", "");
                part = significant.isEmpty() ? "0" : significant;
            }
            parts.add(part);
        }
        return parts;
    }

    /** Whether a number, found among other words, is specific enough to name a member by itself. */
    private static boolean unmistakable(String number) {
        String[] parts = number.split(" ");
        return parts.length > 1 || !Character.isDigit(parts[0].charAt(0)) || parts[0].length() >= 5;
    }

    private void numbers(String text, boolean auxiliary, Map<Integer, Integer> evidence) {
        List<String> parts = numberParts(text);
        for (int length = 1; length <= Math.min(longestNumber, parts.size()); length++) {
            for (int start = 0; start + length <= parts.size(); start++) {
                String window = String.join(" ", parts.subList(start, start + length));
                int weight = auxiliary ? AUXILIARY_NUMBER : unmistakable(window) ? STRONG_NUMBER : WEAK_NUMBER;
                numbered(window, weight, evidence);
            }
        }
    }

    /**
     * The member's number at the end of the auxiliary account, behind a prefix of the software
     * (« ADHA0042 », « 411ADH00042 » for A0042 and 42): every suffix that starts inside a run of letters or at
     * the start of a run of digits (so that « 142 » never yields 42).
     */
    private void auxiliarySuffixes(String auxiliary, Map<Integer, Integer> evidence) {
        String compact = People.key(auxiliary).replace(" ", "");
        for (int start = 1; start < compact.length(); start++) {
            char here = compact.charAt(start);
            if (Character.isDigit(here) && Character.isDigit(compact.charAt(start - 1))) {
                continue;
            }
            numbered(String.join(" ", numberParts(compact.substring(start))), AUXILIARY_NUMBER, evidence);
        }
    }

    private void numbered(String number, int weight, Map<Integer, Integer> evidence) {
        for (int member : byNumber.find(number)) {
            if (numberKey(members.get(member).memberId()).equals(number)) {
                evidence.merge(member, weight, Math::max);
            }
        }
    }

    private static String numberKey(String number) {
        return String.join(" ", numberParts(number));
    }

    // --- Names ---------------------------------------------------------------------------------------------

    static List<String> words(String text) {
        String key = People.key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        List<String> words = List.of(key.split(" "));
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    /**
     * The spellings a label may use: « prénom nom » and « nom prénom » for a person; the name alone for an
     * organisation, or for a person whose register has one name column (both orders when it holds two words).
     * A single word shorter than four letters is too common to name anyone.
     */
    static Set<String> spellingsOf(Member member) {
        Set<String> spellings = new LinkedHashSet<>();
        String name = People.key(member.name());
        String first = People.key(member.firstName());
        if (!first.isEmpty() && !name.isEmpty()) {
            spellings.add(first + " " + name);
            spellings.add(name + " " + first);
        } else if (!name.isEmpty() && (name.contains(" ") || name.length() >= 4)) {
            spellings.add(name);
            String[] words = name.split(" ");
            if (member.kind() == MemberKind.NATURAL_PERSON && words.length == 2) {
                spellings.add(words[1] + " " + words[0]);
            }
        }
        return spellings;
    }

    private void fullNames(List<String> words, Map<Integer, Integer> evidence) {
        for (int length = 1; length <= Math.min(longestName, words.size()); length++) {
            for (int start = 0; start + length <= words.size(); start++) {
                String window = String.join(" ", words.subList(start, start + length));
                // The longer the name found, the surer: a name contained in another loses to it.
                int weight = FULL_NAME + Math.min(window.length(), 400);
                for (int member : byName.find(window)) {
                    if (spellingsOf(members.get(member)).contains(window)) {
                        evidence.merge(member, weight, Math::max);
                    }
                }
            }
        }
    }

    /**
     * Names within typing errors (a bank label truncates and misspells): 1 error from 6 letters, 2 from 12.
     * Only spellings sharing the first three letters of one of their words with a word of the label are tried.
     */
    private void typedNames(List<String> words, Map<Integer, Integer> evidence) {
        if (words.isEmpty()) {
            return;
        }
        Set<Integer> tried = new LinkedHashSet<>();
        for (String word : new LinkedHashSet<>(words)) {
            int[] bucket = wordPrefixIndex().find(prefix(word));
            if (bucket.length <= MAX_BUCKET) {
                for (int member : bucket) {
                    tried.add(member);
                }
            }
        }
        for (int member : tried) {
            for (String spelling : spellingsOf(members.get(member))) {
                int distance = typingErrors(spelling, words);
                if (distance >= 0) {
                    int weight = TYPED_NAME + Math.min(spelling.length(), 300) - 30 * distance;
                    evidence.merge(member, Math.max(1, weight), Math::max);
                }
            }
        }
    }

    /** The fewest typing errors between the spelling and a run of as many words of the label, −1 when too many. */
    private static int typingErrors(String spelling, List<String> words) {
        int tolerance = spelling.length() >= 12 ? 2 : spelling.length() >= 6 ? 1 : 0;
        int count = spelling.split(" ").length;
        int best = -1;
        for (int start = 0; tolerance > 0 && start + count <= words.size(); start++) {
            int distance = DISTANCE.apply(String.join(" ", words.subList(start, start + count)), spelling);
            if (distance >= 0 && distance <= tolerance && (best < 0 || distance < best)) {
                best = distance;
            }
        }
        return best;
    }

    /** Members by the first three letters of each word of their spellings, built at the first approximate search. */
    private KeyIndex wordPrefixIndex() {
        if (byWordPrefix == null) {
            byWordPrefix = new KeyIndex();
            for (int i = 0; i < members.size(); i++) {
                Set<String> prefixes = new LinkedHashSet<>();
                for (String spelling : spellingsOf(members.get(i))) {
                    for (String word : spelling.split(" ")) {
                        prefixes.add(prefix(word));
                    }
                }
                for (String prefix : prefixes) {
                    byWordPrefix.add(prefix, i);
                }
            }
        }
        return byWordPrefix;
    }

    private static String prefix(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    Member member(int index) {
        return members.get(index);
    }
}
