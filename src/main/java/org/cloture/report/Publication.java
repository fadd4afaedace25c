package org.cloture.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cloture.config.AssociationConfig;
import org.cloture.report.narrative.Narrative;
import org.cloture.report.narrative.NarrativeReader;

/**
 * What the board report prints beside the figures: the texts staff wrote, the logo and the date of the
 * general assembly (association.yml).
 *
 * @param logo            the logo file's bytes (PNG or JPEG), null when association.yml names none or it is missing
 * @param logoProblem     why a logo named in association.yml is not printed (French), null otherwise
 * @param generalAssembly the date of the AG that approves the accounts, null when not given
 */
public record Publication(Narrative narrative, byte[] logo, String logoProblem, LocalDate generalAssembly) {

    public static final Publication NONE = new Publication(Narrative.NONE, null, null, null);

    public Publication {
        narrative = narrative == null ? Narrative.NONE : narrative;
    }

    /** Reads the narrative of the year and the logo named in association.yml (relative to input/). */
    public static Publication load(Path inputRoot, int year, AssociationConfig config) {
        byte[] logo = null;
        String problem = null;
        if (config.logo() != null && !config.logo().isBlank()) {
            Path file = inputRoot.resolve(config.logo());
            try {
                logo = Files.readAllBytes(file);
            } catch (IOException e) {
                problem = "le logo " + config.logo() + " indiqué dans association.yml est introuvable";
            }
        }
        return new Publication(NarrativeReader.read(inputRoot, year), logo, problem,
                config.year(year).generalAssembly());
    }
}
