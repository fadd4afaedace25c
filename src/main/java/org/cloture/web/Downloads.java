package org.cloture.web;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloture.config.WebSettings;
import org.cloture.report.OutputFiles;

/**
 * Which outputs of a year may be downloaded, by whom, and with which media type. A download names one of
 * the four outputs of the year exactly; anything else (another name, a path, {@code ..}) is not found.
 */
public final class Downloads {

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            ".pdf", "application/pdf",
            ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".json", "application/json");

    /** What a role may download among the outputs of a year. */
    public record Access(WebSettings.Role role, int year) {

        public boolean allows(String file) {
            return switch (role) {
                case TRESORIER -> true;
                case BUREAU -> file.equals("rapport-activite-" + year + ".pdf");
                case EQUIPE -> file.equals("controles-" + year + ".xlsx");
            };
        }
    }

    private Downloads() {
    }

    /** The output named {@code file}, if it is one of the year's four outputs. */
    public static Optional<Path> resolve(Path reportsRoot, int year, String file) {
        OutputFiles outputs = OutputFiles.of(reportsRoot, year);
        for (Path output : Set.of(outputs.pdf(), outputs.statements(), outputs.controls(), outputs.keyFigures())) {
            if (output.getFileName().toString().equals(file)) {
                return Optional.of(output);
            }
        }
        return Optional.empty();
    }

    public static String mediaType(String file) {
        return MEDIA_TYPES.entrySet().stream().filter(entry -> file.endsWith(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("application/octet-stream");
    }
}
