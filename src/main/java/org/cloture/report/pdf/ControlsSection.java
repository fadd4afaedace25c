package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloture.money.FrenchFormat;
import org.cloture.report.ReportModel;
import org.cloture.source.CheckFamily;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;

/**
 * "Contrôles": how many checks ran and what they found, by family and by check. A finding's own message may
 * quote a member's name or a row of a register: the board sees each check's wording with its values elided,
 * and the count; the treasurer's workbook has the detail.
 */
final class ControlsSection {

    static final String TITLE = "Contrôles";

    private ControlsSection() {
    }

    static ReportSection of(ReportModel model) {
        List<Finding> findings = model.findings() == null ? List.of() : model.findings();
        Map<CheckFamily, int[]> byFamily = new EnumMap<>(CheckFamily.class);
        for (CheckFamily family : CheckFamily.values()) {
            byFamily.put(family, new int[3]);
        }
        Map<CheckId, int[]> byCheck = new TreeMap<>();
        for (Finding finding : findings) {
            int severity = finding.severity().ordinal();
            byFamily.get(finding.check().family())[severity]++;
            byCheck.computeIfAbsent(finding.check(), id -> new int[3])[severity]++;
        }
        int[] total = new int[3];
        byFamily.values().forEach(counts -> {
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        });
        List<ReportBlock> blocks = new ArrayList<>();
        String outcome = total[Severity.ERROR.ordinal()] > 0
                ? StyledText.bold(FrenchFormat.integer(total[Severity.ERROR.ordinal()]) + " constat(s) bloquant(s) restent à corriger")
                + " : les comptes et ce rapport sont " + StyledText.bold("provisoires") + "."
                : "Aucun constat bloquant : les comptes sont cohérents avec les registres et entre eux.";
        blocks.add(new ReportBlock.Text(FrenchFormat.integer(CheckId.values().length) + " contrôles, en "
                + CheckFamily.values().length + " familles, ont été appliqués aux fichiers de l'exercice " + model.year()
                + " (fichiers, registres, comptabilité, états financiers, rapprochements). " + outcome));
        List<ReportRow> rows = new ArrayList<>();
        for (Map.Entry<CheckFamily, int[]> entry : byFamily.entrySet()) {
            rows.add(row(entry.getKey().frenchLabel(), entry.getValue(), RowStyle.LINE));
        }
        rows.add(row("Total", total, RowStyle.TOTAL));
        blocks.add(new ReportBlock.Table(new ReportTable("Synthèse des contrôles",
                List.of("Famille", "Bloquants", "Avertissements", "Informations"), rows)));
        if (!byCheck.isEmpty()) {
            List<ReportRow> checks = new ArrayList<>();
            for (Map.Entry<CheckId, int[]> entry : byCheck.entrySet()) {
                checks.add(row(wording(entry.getKey()), entry.getValue(), RowStyle.LINE));
            }
            blocks.add(new ReportBlock.Table(new ReportTable("Constats par contrôle",
                    List.of("Contrôle", "Bloquants", "Avertissements", "Informations"), checks)));
        }
        blocks.add(new ReportBlock.Text("Le détail de chaque constat (fichier, feuille, ligne, valeur et ce qu'il faut "
                + "faire) figure dans le classeur controles-" + model.year() + ".xlsx remis au trésorier."));
        return new ReportSection(TITLE, blocks);
    }

    private static ReportRow row(String label, int[] counts, RowStyle style) {
        return new ReportRow(label, List.of(count(counts[Severity.ERROR.ordinal()]),
                count(counts[Severity.WARNING.ordinal()]), count(counts[Severity.INFO.ordinal()])), style);
    }

    private static String count(int count) {
        return count == 0 ? "–" : FrenchFormat.integer(count);
    }

    /** The check's message with every value replaced by an ellipsis: no name, no row content. */
    static String wording(CheckId id) {
        Object[] elided = new Object[12];
        java.util.Arrays.fill(elided, "…");
        try {
            return id.message(elided);
        } catch (java.util.IllegalFormatException e) {
            return id.name();
        }
    }
}
