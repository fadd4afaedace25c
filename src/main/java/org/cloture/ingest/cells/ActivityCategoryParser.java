package org.cloture.ingest.cells;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloture.activity.ActivityCategory;

/**
 * Free-text action categories mapped to the closed list. Short codes must match exactly (« ca » is
 * inside « communication »); words may appear anywhere, tested in an order where the specific wins
 * (« conseil d'administration » before « conseil », « réunion de bureau » before « réunion »).
 */
public final class ActivityCategoryParser {

    /** The category, and whether the text was understood or defaulted to AUTRE. */
    public record Match(ActivityCategory category, boolean recognised) {
    }

    private static final Map<String, ActivityCategory> CODES = Map.of(
            "ag", ActivityCategory.AG, "ago", ActivityCategory.AG, "age", ActivityCategory.AG,
            "ca", ActivityCategory.CA, "cs", ActivityCategory.CA, "copil", ActivityCategory.COMITE);

    private static final Map<ActivityCategory, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(ActivityCategory.AG, List.of("assembleegenerale", "assemblee", "generalmeeting"));
        WORDS.put(ActivityCategory.CA, List.of("conseildadministration", "conseiladministration", "board"));
        WORDS.put(ActivityCategory.BUREAU, List.of("bureau"));
        WORDS.put(ActivityCategory.COMITE, List.of("comite", "commission", "pilotage", "committee"));
        WORDS.put(ActivityCategory.FORMATION, List.of("formation", "training", "webinaire", "webinar"));
        WORDS.put(ActivityCategory.VISITE, List.of("visite", "circuit", "excursion", "visit"));
        WORDS.put(ActivityCategory.SALON, List.of("salon", "foire", "fair"));
        WORDS.put(ActivityCategory.ACCOMPAGNEMENT, List.of("accompagnement", "audit", "conseil", "diagnostic", "support"));
        WORDS.put(ActivityCategory.COMMUNICATION, List.of("communication", "presse", "publication", "newsletter", "lettredinformation"));
        WORDS.put(ActivityCategory.EVENEMENT, List.of("evenement", "event", "manifestation", "festival", "fete", "spectacle", "exposition"));
        WORDS.put(ActivityCategory.RENCONTRE, List.of("rencontre", "reunion", "seminaire", "meeting", "journee"));
        WORDS.put(ActivityCategory.AUTRE, List.of("autre", "divers", "other"));
    }

    private ActivityCategoryParser() {
    }

    public static Match parse(String text) {
        String key = Texts.key(text);
        ActivityCategory code = CODES.get(key);
        if (code != null) {
            return new Match(code, true);
        }
        for (ActivityCategory category : ActivityCategory.values()) {
            if (key.equals(Texts.key(category.name())) || key.equals(Texts.key(category.frenchLabel()))) {
                return new Match(category, true);
            }
        }
        if (!key.isEmpty()) {
            for (Map.Entry<ActivityCategory, List<String>> entry : WORDS.entrySet()) {
                if (entry.getValue().stream().anyMatch(key::contains)) {
                    return new Match(entry.getKey(), true);
                }
            }
        }
        return new Match(ActivityCategory.AUTRE, false);
    }
}
