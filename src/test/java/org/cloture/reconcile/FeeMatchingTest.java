package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.fee;
import static org.cloture.reconcile.Fixtures.member;

import java.util.List;
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
}
