package org.cloture.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Finding fee(int row, Severity severity) {
        return new Finding(CheckId.FEE_NOT_IN_ACCOUNTS, severity, "Cotisation du membre " + row + " absente",
                "Vérifiez", new SourceLocation("adherents.xlsx", "Adhérents", row, null), null);
    }

    @Test
    void pastTheCapTheFindingsOfACheckAreCountedInOneSummary() {
        Findings findings = new Findings();
        int total = Findings.DETAILED_PER_CHECK + 2_500;
        IntStream.rangeClosed(1, total).forEach(row -> findings.add(fee(row, Severity.WARNING)));
        findings.add(Finding.of(CheckId.FILE_EMPTY, SourceLocation.ofFile("vide.csv"), null, "vide.csv"));

        List<Finding> kept = findings.asList();
        assertThat(kept).hasSize(Findings.DETAILED_PER_CHECK + 2);
        assertThat(kept.get(0).location().row()).isEqualTo(1);
        assertThat(kept.get(Findings.DETAILED_PER_CHECK).check()).isEqualTo(CheckId.FILE_EMPTY);
        Finding summary = kept.get(kept.size() - 1);
        assertThat(summary.check()).isEqualTo(CheckId.FEE_NOT_IN_ACCOUNTS);
        assertThat(summary.message()).startsWith("2\u202F500 autre(s) constat(s) du contrôle FEE_NOT_IN_ACCOUNTS");
        assertThat(summary.location()).isEqualTo(SourceLocation.ofFile("adherents.xlsx"));
        assertThat(findings.size()).isEqualTo(total + 1);
    }

    @Test
    void aBlockingFindingPastTheCapStillBlocks() {
        Findings findings = new Findings();
        IntStream.rangeClosed(1, Findings.DETAILED_PER_CHECK).forEach(row -> findings.add(fee(row, Severity.INFO)));
        assertThat(findings.hasBlocking()).isFalse();
        findings.add(fee(0, Severity.ERROR));
        assertThat(findings.hasBlocking()).isTrue();
        assertThat(findings.asList().get(Findings.DETAILED_PER_CHECK).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void underTheCapNothingChanges() {
        Findings findings = new Findings();
        findings.add(fee(1, Severity.WARNING)).add(fee(2, Severity.INFO));
        assertThat(findings.asList()).extracting(finding -> finding.location().row()).containsExactly(1, 2);
    }
}
