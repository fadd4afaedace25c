package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.fee;
import static org.cloture.reconcile.Fixtures.member;

import java.time.LocalDate;
import java.util.List;
import org.cloture.ledger.LedgerLine;
import org.cloture.membership.Member;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;

class FeeMatchingTest {

    @Test
    void feesMatchedByNumberInTheLabelOrByAuxiliaryAccountGiveNoFinding() {
        List<Finding> findings = FeeMatching.check(
                List.of(member(4, "A0042", "Élise", "Martin", "30"), member(5, "A0043", null, "Musée de la Mine", "150")),
                List.of(fee(10, "Cotisation 2023 - A0042", null, "30"), fee(11, "Virement", "A0043", "150")));

        assertThat(findings).isEmpty();
    }

    /** 5 000 members paid outside the accounts: the first thousand are detailed, the others counted in one finding. */
    @Test
    void findingsPastTheCapAreCountedNotHeld() {
        List<Member> members = java.util.stream.IntStream.range(0, 5_000)
                .mapToObj(i -> member(i + 2, "M" + (100_000 + i), "Prénom" + i, "Nom" + i, "30")).toList();

        List<Finding> findings = FeeMatching.check(members, List.of(fee(10, "Virement divers", null, "25")));

        List<Finding> unpaid = findings.stream().filter(f -> f.check() == CheckId.FEE_NOT_IN_ACCOUNTS).toList();
        assertThat(unpaid).hasSize(org.cloture.source.Findings.DETAILED_PER_CHECK + 1);
        assertThat(unpaid.get(unpaid.size() - 1).message()).contains("4\u202F000 autre(s) constat(s)");
    }

    @Test
    void aTransferWithTheMembersNameMisspeltInTheBankLabelIsStillMatched() {
        List<Finding> findings = FeeMatching.check(List.of(member(4, "A0042", "Élise", "Lefebvre", "30")),
                List.of(fee(10, "VIR SEPA ELISE LEFEVBRE COTIS", null, "30")));

        assertThat(findings).isEmpty();
    }

    @Test
    void aFeeInTheAccountsWithNoMemberAndAMemberWithNoFeeAreBothReported() {
        List<Finding> findings = FeeMatching.check(List.of(member(4, "A0042", "Élise", "Martin", "30")),
                List.of(fee(10, "Cotisation Jean Dupont", null, "25")));

        assertThat(findings).extracting(Finding::check)
                .containsExactly(CheckId.FEE_MEMBER_UNKNOWN, CheckId.FEE_NOT_IN_ACCOUNTS);
        assertThat(findings.get(0).location().toString()).isEqualTo("FEC.txt:10");
        assertThat(findings.get(1).location().toString()).isEqualTo("adherents.xlsx:Adhérents:4:Cotisation");
    }

    @Test
    void twoMembersOfTheSameNameAreEachMatchedOnce() {
        List<Finding> findings = FeeMatching.check(
                List.of(member(4, "A1", "Paul", "Durand", "30"), member(5, "A2", "Paul", "Durand", "30")),
                List.of(fee(10, "Cotisation Paul Durand", null, "30")));

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.FEE_NOT_IN_ACCOUNTS);
    }

    // --- The shapes of issue 14 --------------------------------------------------------------------------------

    @Test
    void aMemberNumberInThePieceRefPairsTheLineAndADifferentAmountIsReportedWithBothAmountsAndBothRows() {
        List<Finding> findings = FeeMatching.check(
                List.of(member(4, "A0042", "Élise", "Martin", "80"), member(5, "A0043", "Paul", "Durand", "30")),
                List.of(fee(10, LocalDate.of(2023, 3, 2), "Remise chèques", null, "ADH-A0042", "30"),
                        fee(11, LocalDate.of(2023, 3, 2), "Remise chèques", null, "A0043", "30")));

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.check()).isEqualTo(CheckId.FEE_AMOUNT_DIFFERS);
        assertThat(finding.message()).contains("A0042").contains("80,00").contains("30,00").contains("50,00")
                .contains("02/03/2023");
        assertThat(finding.sources()).extracting(Object::toString)
                .contains("adherents.xlsx:Adhérents:4:Cotisation", "FEC.txt:10");
    }

    @Test
    void aNameContainedInAnotherDoesNotTakeItsFeeWhateverTheRegisterOrder() {
        List<Member> register = List.of(member(4, "M1", null, "Musée du Sucre", "100"),
                member(5, "M2", null, "Musée du Sucre (Roubaix 56)", "100"));

        assertThat(FeeMatching.check(register, List.of(
                fee(10, "Cotisation 2023 Musée du Sucre (Roubaix 56)", null, "100"),
                fee(11, "Cotisation 2023 Musée du Sucre", null, "100")))).isEmpty();

        List<Finding> onlyRoubaix = FeeMatching.check(register,
                List.of(fee(10, "Cotisation 2023 MUSEE DU SUCRE (ROUBAIX 56)", null, "100")));
        assertThat(onlyRoubaix).extracting(Finding::check).containsExactly(CheckId.FEE_NOT_IN_ACCOUNTS);
        assertThat(onlyRoubaix.get(0).location().row()).isEqualTo(4);
    }

    @Test
    void aShortNumberInTheLabelIsNoMatchForAFullName() {
        // « 56 » is the museum's département here, and also a person's member number.
        List<FeeMatching.Pair> pairs = FeeMatching.pair(
                List.of(member(4, "56", "Jean", "Dupont", "100"), member(5, "M2", null, "Musée du Sucre (Roubaix 56)", "100")),
                List.of(fee(10, "Cotisation 2023 Musée du Sucre (Roubaix 56)", null, "100"))).pairs();

        assertThat(pairs).singleElement().extracting(pair -> pair.member().memberId()).isEqualTo("M2");
    }

    @Test
    void namesWithRepeatedWordsApostrophesAndOtherScriptsNeverCrashAndAreMatched() {
        List<Member> register = List.of(member(4, "M1", null, "Musée de la Mine de Lewarde", "150"),
                member(5, "M2", "Jean-Pierre", "D'Artagnan", "20"), member(6, "M3", "Иван", "Петров", "20"),
                member(7, "M4", null, "LES AMIS DE LA MINE DE LA MINE", "40"));

        List<Finding> findings = FeeMatching.check(register, List.of(
                fee(10, "Cotisation Musée de la Mine de Lewarde de de de", null, "150"),
                fee(11, "VIR SEPA D ARTAGNAN JEAN PIERRE", null, "20"),
                fee(12, "Cotisation Петров Иван", null, "20"),
                fee(13, "les amis de la mine de la mine", null, "40")));

        assertThat(findings).isEmpty();
    }

    @Test
    void aPersonIsFoundWithNameAndFirstNameInEitherOrder() {
        List<Finding> findings = FeeMatching.check(
                List.of(member(4, "A1", "Élise", "Martin", "30"), member(5, "A2", "Paul", "Durand", "30")),
                List.of(fee(10, "COTIS MARTIN ELISE", null, "30"), fee(11, "Cotisation Paul DURAND", null, "30")));

        assertThat(findings).isEmpty();
    }

    @Test
    void theMemberNumberInTheAuxiliaryAccountIsFoundWithItsPrefixAndZeros() {
        List<Finding> findings = FeeMatching.check(List.of(member(4, "42", "Élise", "Martin", "30")),
                List.of(fee(10, "Virement", "ADH00042", "30")));

        assertThat(findings).isEmpty();
    }

    @Test
    void homonymsArePairedByAmountThenByDate() {
        List<Member> register = List.of(
                member(4, "A1", "Paul", "Durand", "30", LocalDate.of(2023, 3, 15)),
                member(5, "A2", "Paul", "Durand", "50", LocalDate.of(2023, 9, 20)),
                member(6, "A3", "Paul", "Durand", "50", LocalDate.of(2023, 2, 1)));
        List<LedgerLine> lines = List.of(
                fee(10, LocalDate.of(2023, 9, 21), "Cotisation Paul Durand", null, null, "50"),
                fee(11, LocalDate.of(2023, 3, 16), "Cotisation Paul Durand", null, null, "30"),
                fee(12, LocalDate.of(2023, 2, 3), "Cotisation Paul Durand", null, null, "50"));

        FeeMatching.Pairing pairing = FeeMatching.pair(register, lines);

        assertThat(pairing.pairs()).extracting(pair -> pair.line().location().row() + "→" + pair.member().memberId())
                .containsExactly("10→A2", "11→A1", "12→A3");
        assertThat(FeeMatching.check(register, lines)).isEmpty();
    }

    @Test
    void theAssignmentIsGlobalNotFirstComeFirstServed() {
        // The first line could be either Durand; taking the first one, as a greedy pass would, leaves line 11 alone.
        List<Member> register = List.of(member(4, "A1", "Paul", "Durand", "30"), member(5, "A2", "Paul", "Durant", "30"));
        List<LedgerLine> lines = List.of(fee(10, "VIR PAUL DURANX", null, "30"), fee(11, "Cotisation A1", null, "30"));

        FeeMatching.Pairing pairing = FeeMatching.pair(register, lines);

        assertThat(pairing.pairs()).hasSize(2);
        assertThat(pairing.pairs()).extracting(pair -> pair.member().memberId()).containsExactly("A2", "A1");
    }

    @Test
    void aFeeWithNoMemberAndAMemberWithNoFeeAreReportedBesideMatchedOnes() {
        List<Finding> findings = FeeMatching.check(
                List.of(member(4, "A1", "Élise", "Martin", "30"), member(5, "A2", "Paul", "Durand", "30")),
                List.of(fee(10, "Cotisation A1", null, "30"), fee(11, "Cotisation Jeanne Moreau", null, "30")));

        assertThat(findings).extracting(finding -> finding.check() + "@" + finding.location().row())
                .containsExactly("FEE_MEMBER_UNKNOWN@11", "FEE_NOT_IN_ACCOUNTS@5");
    }
}
