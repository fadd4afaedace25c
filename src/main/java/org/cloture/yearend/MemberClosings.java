package org.cloture.yearend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.config.AssociationConfig;
import org.cloture.figures.MemberClosingResult;
import org.cloture.figures.NetworkFigures;
import org.cloture.figures.NetworkFiguresCalculator;
import org.cloture.report.OutputFiles;
import org.cloture.report.json.MemberClosingJson;

/** A federation's member closings as a whole: which members to close, and the network from their outputs. */
public final class MemberClosings {

    private MemberClosings() {
    }

    /**
     * The declared members with a folder for the year, in the order of association.yml: one partition each.
     * Nothing for an association that is not a federation.
     */
    public static List<String> toClose(Path inputRoot, int year, AssociationConfig config) {
        if (!config.isFederation()) {
            return List.of();
        }
        Path yearFolder = inputRoot.resolve(Integer.toString(year));
        return config.federation().members().stream().map(AssociationConfig.MemberAssociation::id)
                .filter(id -> Files.isDirectory(yearFolder.resolve(id))).toList();
    }

    /** The members' programmes of the coming year that exist, each with its member id, in declaration order. */
    public static Map<String, Path> programmes(Path inputRoot, Path reportsRoot, int year, AssociationConfig config) {
        Map<String, Path> programmes = new LinkedHashMap<>();
        for (String member : toClose(inputRoot, year, config)) {
            Path programme = OutputFiles.ofMember(reportsRoot, year, member).programme();
            if (Files.isRegularFile(programme)) {
                programmes.put(member, programme);
            }
        }
        return programmes;
    }

    /** The network figures of the year, from each member's own {@code chiffres-cles-<year>.json}. */
    public static NetworkFigures networkOf(Path inputRoot, Path reportsRoot, int year, AssociationConfig config) {
        Map<String, MemberClosingResult> closings = new LinkedHashMap<>();
        for (String member : toClose(inputRoot, year, config)) {
            closings.put(member, MemberClosingJson.read(OutputFiles.ofMember(reportsRoot, year, member).keyFigures()));
        }
        return NetworkFiguresCalculator.compute(year, config.federation(), closings);
    }
}
