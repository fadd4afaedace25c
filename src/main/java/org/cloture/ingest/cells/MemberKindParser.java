package org.cloture.ingest.cells;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cloture.membership.MemberKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * « personne physique », « PP », « individuel »… versus « personne morale », « PM », « structure »… in any case
 * and spelling, and whether a name reads as an organisation's; the words are in {@code ingest/member-kinds.yml}.
 */
public final class MemberKindParser {

    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

    private static final Set<String> NATURAL;
    private static final Set<String> LEGAL;
    private static final List<String> NATURAL_PARTS;
    private static final List<String> LEGAL_PARTS;
    private static final Set<String> ORGANISATION_WORDS;

    static {
        Map<String, List<String>> words = load();
        NATURAL = keys(words.get("natural"));
        LEGAL = keys(words.get("legal"));
        NATURAL_PARTS = List.copyOf(keys(words.get("naturalParts")));
        LEGAL_PARTS = List.copyOf(keys(words.get("legalParts")));
        ORGANISATION_WORDS = words.get("organisationWords").stream().map(Texts::folded).collect(Collectors.toSet());
    }

    private MemberKindParser() {
    }

    public static Optional<MemberKind> parse(String text) {
        String key = Texts.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (NATURAL.contains(key)) {
            return Optional.of(MemberKind.NATURAL_PERSON);
        }
        if (LEGAL.contains(key)) {
            return Optional.of(MemberKind.LEGAL_PERSON);
        }
        // « Structure adhérente », « personne moral », « Adhésion individuelle » : a telling part decides,
        // the legal ones first since « personne » alone reads natural.
        if (LEGAL_PARTS.stream().anyMatch(key::contains)) {
            return Optional.of(MemberKind.LEGAL_PERSON);
        }
        if (NATURAL_PARTS.stream().anyMatch(key::contains)) {
            return Optional.of(MemberKind.NATURAL_PERSON);
        }
        return Optional.empty();
    }

    /** « Mairie de Brest », « SARL Dupont », « Club nautique » : a word of the name says it is an organisation. */
    public static boolean readsAsOrganisation(String name) {
        if (name == null) {
            return false;
        }
        for (String word : WORDS.split(Texts.folded(name))) {
            if (ORGANISATION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(List<String> values) {
        return values.stream().map(Texts::key).collect(Collectors.toUnmodifiableSet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> load() {
        try (InputStream in = MemberKindParser.class.getResourceAsStream("/ingest/member-kinds.yml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return root.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> ((List<Object>) e.getValue()).stream().map(String::valueOf).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
