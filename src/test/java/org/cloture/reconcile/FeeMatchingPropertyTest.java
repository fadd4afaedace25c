package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cloture.ledger.LedgerLine;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Fee pairing on generated registers and ledgers: names with repeated words, apostrophes, hyphens, capitals,
 * other scripts, homonyms and names contained in others; numbers of any shape in CompAuxNum, PieceRef or label.
 */
class FeeMatchingPropertyTest {

    private static final List<String> WORDS = List.of("de", "la", "du", "des", "le", "l'", "d'", "Musée", "Mine",
            "Sucre", "Roubaix", "Jean-Pierre", "MARTIN", "Élise", "Lefèvre", "Association", "AMIS", "Иван", "Петров",
            "Ωμέγα", "李", "Ñandú", "O'Neil", "Saint-Éloi", "Maison", "Quartier", "Vélo", "Club", "Bibliothèque",
            "Évasion", "Solidarité", "x".repeat(120));
    private static final List<String> NOISE = List.of("VIR", "SEPA", "Cotisation", "2023", "56", "(59)", "CHQ",
            "n°", "-", "REM", "Adhésion", "de", "la", "12345");

    @Property(tries = 100)
    void everyLineAndEveryMemberIsPairedAtMostOnceAndNothingThrows(@ForAll @IntRange(min = 0, max = 40) int size,
                                                                    @ForAll long seed) {
        Random random = new Random(seed);
        Year year = Year.generate(random, size, random.nextInt(4));

        FeeMatching.Pairing pairing = FeeMatching.pair(year.members, year.lines);
        List<Finding> findings = FeeMatching.check(year.members, year.lines);

        Set<Member> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<LedgerLine> lines = Collections.newSetFromMap(new IdentityHashMap<>());
        pairing.pairs().forEach(pair -> {
            assertThat(paired.add(pair.member())).as("member paired twice").isTrue();
            assertThat(lines.add(pair.line())).as("line paired twice").isTrue();
        });
        assertThat(pairing.pairs().size() + pairing.linesWithoutMember().size()).isEqualTo(year.lines.size());
        assertThat(pairing.pairs().size() + pairing.membersWithoutLine().size()).isEqualTo(year.members.size());
        assertThat(findings).allSatisfy(finding -> assertThat(finding.location()).isNotNull());
    }

    @Property(tries = 100)
    void aNumberInTheAuxiliaryAccountAlwaysPairsALineWithItsOwnMember(@ForAll @IntRange(min = 1, max = 40) int size,
                                                                       @ForAll long seed) {
        Random random = new Random(seed);
        Year year = Year.generate(random, size, 0);

        FeeMatching.Pairing pairing = FeeMatching.pair(year.members, year.lines);

        assertThat(pairing.pairs()).hasSize(year.lines.size())
                .allSatisfy(pair -> assertThat(pair.member()).isSameAs(year.owner.get(pair.line())));
        assertThat(FeeMatching.check(year.members, year.lines)).extracting(Finding::check)
                .hasSize(year.altered).allMatch(CheckId.FEE_AMOUNT_DIFFERS::equals);
    }

    @Property(tries = 100)
    void whenEveryLabelNamesItsMemberInFullEveryLineFindsAMember(@ForAll @IntRange(min = 1, max = 30) int size,
                                                                  @ForAll long seed) {
        Random random = new Random(seed);
        Year year = Year.generate(random, size, 1);

        assertThat(FeeMatching.check(year.members, year.lines)).extracting(Finding::check)
                .doesNotContain(CheckId.FEE_MEMBER_UNKNOWN, CheckId.FEE_NOT_IN_ACCOUNTS);
    }

    /** A generated register and its fee lines; {@code owner} says whose fee each line really is. */
    private static final class Year {
        final List<Member> members = new ArrayList<>();
        final List<LedgerLine> lines = new ArrayList<>();
        final IdentityHashMap<LedgerLine, Member> owner = new IdentityHashMap<>();
        int altered;

        /**
         * @param shape 0: the number in CompAuxNum; 1: the full name in the label; 2: the number in PieceRef or
         *              the label; 3: anything, with strangers' fees and members who never paid
         */
        static Year generate(Random random, int size, int shape) {
            Year year = new Year();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < size; i++) {
                String id = id(random, i);
                if (!ids.add(People.key(id).replace(" ", "")) && shape != 3) {
                    continue;
                }
                boolean person = random.nextBoolean();
                String name = name(random, person ? 1 + random.nextInt(2) : 1 + random.nextInt(6));
                String first = person ? name(random, 1) : null;
                BigDecimal fee = BigDecimal.valueOf(10 + random.nextInt(200)).setScale(2);
                LocalDate paid = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365));
                Member member = new Member(id, name, first,
                        person ? MemberKind.NATURAL_PERSON : MemberKind.LEGAL_PERSON, null, null, null, null,
                        LocalDate.of(2020, 1, 1), null, fee, random.nextBoolean() ? paid : null, null, null, null, null,
                        null, SourceLocation.ofRow("adherents.xlsx", "Adhérents", 2 + i));
                if (shape == 1 && FeeCandidates.spellingsOf(member).isEmpty()) {
                    continue; // a one-word name of three letters names no one: not this property's shape
                }
                year.members.add(member);
                if (shape == 3 && random.nextInt(6) == 0) {
                    continue;
                }
                BigDecimal amount = fee;
                if (random.nextInt(5) == 0) {
                    amount = fee.add(BigDecimal.TEN);
                    year.altered++;
                }
                String aux = null;
                String piece = "P" + random.nextInt(1000);
                String label = noise(random) + " " + noise(random);
                switch (shape == 3 ? random.nextInt(3) : shape) {
                    case 0 -> aux = random.nextBoolean() ? id : "ADH" + id;
                    case 1 -> label = noise(random) + " " + (first == null ? name
                            : random.nextBoolean() ? first + " " + name : name.toUpperCase() + " " + first) + " "
                            + noise(random);
                    default -> {
                        if (random.nextBoolean()) {
                            piece = id;
                        } else {
                            label = label + " " + id;
                        }
                    }
                }
                LedgerLine line = new LedgerLine("BQ", "E" + i, paid.plusDays(random.nextInt(10)), "756000",
                        "Cotisations", aux, label, BigDecimal.ZERO.setScale(2), amount,
                        SourceLocation.ofRow("FEC.txt", null, 2 + i), piece);
                year.lines.add(line);
                year.owner.put(line, member);
            }
            if (shape == 3) {
                for (int i = 0; i < random.nextInt(5); i++) {
                    year.lines.add(new LedgerLine("BQ", "X" + i, LocalDate.of(2023, 6, 1), "756000", "Cotisations",
                            null, noise(random) + " " + name(random, 2), BigDecimal.ZERO.setScale(2),
                            BigDecimal.valueOf(1 + random.nextInt(100)).setScale(2),
                            SourceLocation.ofRow("FEC.txt", null, 1000 + i), noise(random)));
                }
                Collections.shuffle(year.lines, random);
            } else {
                Collections.shuffle(year.lines, random);
            }
            return year;
        }

        private static String id(Random random, int i) {
            return switch (random.nextInt(4)) {
                case 0 -> "A" + String.format("%04d", i);
                case 1 -> "2023-" + String.format("%03d", i);
                case 2 -> "ADH_" + i + "_" + (char) ('a' + random.nextInt(26));
                default -> "M" + (100_000 + i);
            };
        }

        private static String name(Random random, int words) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < words; i++) {
                chosen.add(WORDS.get(random.nextInt(WORDS.size())));
            }
            return String.join(" ", chosen);
        }

        private static String noise(Random random) {
            return NOISE.get(random.nextInt(NOISE.size()));
        }
    }
}
