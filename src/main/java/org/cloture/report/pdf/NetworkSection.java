package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloture.report.ReportModel;

/** "Le réseau": a federation's figures per member, territory and département; absent for an association. */
final class NetworkSection {

    private NetworkSection() {
    }

    static Optional<ReportSection> of(ReportModel model) {
        if (model.network() == null) {
            return Optional.empty();
        }
        List<ReportBlock> blocks = new ArrayList<>();
        NetworkTables.of(model).forEach(table -> blocks.add(new ReportBlock.Table(table)));
        NetworkTables.toCorrect(model).ifPresent(table -> blocks.add(new ReportBlock.Table(table)));
        return Optional.of(new ReportSection("Le réseau", blocks));
    }
}
