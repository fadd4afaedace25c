package org.cloture.ingest.fec;

import java.util.EnumMap;
import java.util.Map;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Caps the findings of checks that a badly sorted export can trigger on every line (chronology,
 * numbering…): the controls workbook must stay readable and the store small. What is left over is
 * counted and reported once, so nothing is dropped silently.
 */
final class FindingBudget {

    static final int PER_CHECK = 50;

    /** What the summary calls each capped check, in the words of the controls workbook. */
    private static final Map<CheckId, String> LABELS = Map.of(
            CheckId.FEC_VALID_DATE_ORDER, "Lignes hors de l'ordre de validation",
            CheckId.FEC_ENTRY_DATES_DIFFER, "Dates différentes dans une même écriture",
            CheckId.FEC_CURRENCY_INCOMPLETE, "Montant en devise ou code devise manquant",
            CheckId.FEC_NUMBERING_GAP, "Trous de numérotation des écritures");

    private final FecLineConsumer out;
    private final String file;
    private final Map<CheckId, Integer> seen = new EnumMap<>(CheckId.class);

    FindingBudget(FecLineConsumer out, String file) {
        this.out = out;
        this.file = file;
    }

    void add(Finding finding) {
        int count = seen.merge(finding.check(), 1, Integer::sum);
        if (count <= PER_CHECK) {
            out.finding(finding);
        }
    }

    /** One summary finding per check that went over its budget. */
    void finish() {
        seen.forEach((check, count) -> {
            if (count > PER_CHECK) {
                out.finding(Finding.of(CheckId.FEC_FINDINGS_TRUNCATED, SourceLocation.ofFile(file), null,
                        LABELS.getOrDefault(check, check.name()), count - PER_CHECK));
            }
        });
    }
}
