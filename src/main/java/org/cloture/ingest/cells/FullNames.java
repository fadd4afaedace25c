package org.cloture.ingest.cells;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits « Nom & prénom » kept in one column. Paheko and most registers write the surname first; a header
 * « Prénom Nom » says the other order. A surname in capitals (« Jean DUPONT », « DE LA TOUR Marie ») is
 * recognised wherever it stands; particles (de, du, le, van…) stay with the surname; an organisation's name is
 * never split.
 */
public final class FullNames {

    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "le", "la", "les", "van", "von",
            "der", "den", "di", "da", "del", "della", "dos", "das", "ben", "bin", "mac", "mc", "st", "ste", "saint",
            "sainte", "el", "al", "ter", "ten");

    private FullNames() {
    }

    /** A surname and a first name (null when there is none to tell). */
    public record Split(String name, String firstName) {
    }

    public static Split split(String fullName, boolean surnameFirst) {
        String cleaned = Texts.clean(fullName);
        if (cleaned == null) {
            return new Split(null, null);
        }
        List<String> tokens = Arrays.asList(cleaned.split(" "));
        if (tokens.size() < 2 || MemberKindParser.readsAsOrganisation(cleaned)) {
            return new Split(cleaned, null);
        }
        int capitals = (int) tokens.stream().filter(FullNames::isCapitalised).count();
        if (capitals > 0 && capitals < tokens.size()) {
            // « DUPONT Jean », « Jean DUPONT », « DE LA TOUR Marie-Anne » : the capitals are the surname.
            String surname = String.join(" ", tokens.stream().filter(FullNames::isCapitalised).toList());
            String first = String.join(" ", tokens.stream().filter(t -> !isCapitalised(t)).toList());
            return new Split(surname, first);
        }
        if (!surnameFirst) {
            return new Split(String.join(" ", tokens.subList(1, tokens.size())), tokens.get(0));
        }
        int end = 0;
        while (end < tokens.size() - 1 && PARTICLES.contains(tokens.get(end).toLowerCase(Locale.ROOT))) {
            end++;
        }
        end++;
        if (end >= tokens.size()) {
            return new Split(cleaned, null);
        }
        return new Split(String.join(" ", tokens.subList(0, end)), String.join(" ", tokens.subList(end, tokens.size())));
    }

    private static boolean isCapitalised(String token) {
        long letters = token.chars().filter(Character::isLetter).count();
        return letters > 1 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
