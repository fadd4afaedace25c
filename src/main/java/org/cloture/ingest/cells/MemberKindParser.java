package org.cloture.ingest.cells;

import java.util.Optional;
import java.util.Set;

import org.cloture.membership.MemberKind;

/** « personne physique », « PP », « individuel »… versus « personne morale », « PM », « structure »… */
public final class MemberKindParser {

    private static final Set<String> NATURAL = Set.of("personnephysique", "pp", "physique", "individuel",
            "individuelle", "individu", "particulier", "particuliere", "personne", "adherentindividuel",
            "membreindividuel", "naturalperson", "individual", "person");
    private static final Set<String> LEGAL = Set.of("personnemorale", "pm", "morale", "structure", "association",
            "collectivite", "collectivitelocale", "commune", "mairie", "entreprise", "societe", "etablissement",
            "etablissementpublic", "organisme", "legalperson", "organisation", "organization", "company");

    private MemberKindParser() {
    }

    public static Optional<MemberKind> parse(String text) {
        String key = Texts.key(text);
        if (NATURAL.contains(key)) {
            return Optional.of(MemberKind.NATURAL_PERSON);
        }
        if (LEGAL.contains(key)) {
            return Optional.of(MemberKind.LEGAL_PERSON);
        }
        if (key.contains("physique") || key.contains("individu") || key.contains("particulier")) {
            return Optional.of(MemberKind.NATURAL_PERSON);
        }
        if (key.contains("morale") || key.contains("structure") || key.contains("association")) {
            return Optional.of(MemberKind.LEGAL_PERSON);
        }
        return Optional.empty();
    }
}
