package org.cloture.ingest.header;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The word patterns of {@code ingest/header-vocabulary.yml}: per register kind, per field. A kind another reader
 * adds names its fields' vocabularies the same way, or relies on its aliases ({@link FieldVocabulary#plus}).
 */
public final class HeaderVocabulary {

    public static final String RESOURCE = "/ingest/header-vocabulary.yml";

    private static final HeaderVocabulary BUILT_IN = load(RESOURCE);

    private final Map<String, Map<String, FieldVocabulary>> byKind;

    private HeaderVocabulary(Map<String, Map<String, FieldVocabulary>> byKind) {
        this.byKind = byKind;
    }

    public static HeaderVocabulary builtIn() {
        return BUILT_IN;
    }

    /** The field's vocabulary, or an empty one: its aliases then name it alone. */
    public FieldVocabulary field(String kind, String field) {
        return byKind.getOrDefault(kind, Map.of()).getOrDefault(field,
                new FieldVocabulary(field, List.of(), List.of(), List.of()));
    }

    public Map<String, FieldVocabulary> fields(String kind) {
        return Collections.unmodifiableMap(byKind.getOrDefault(kind, Map.of()));
    }

    @SuppressWarnings("unchecked")
    static HeaderVocabulary load(String resource) {
        try (InputStream in = HeaderVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Ressource absente : " + resource);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Map<String, FieldVocabulary>> byKind = new LinkedHashMap<>();
            root.forEach((kind, fields) -> {
                Map<String, FieldVocabulary> vocabularies = new LinkedHashMap<>();
                ((Map<String, Object>) fields).forEach((field, spec) -> {
                    Map<String, Object> lists = (Map<String, Object>) spec;
                    vocabularies.put(field, new FieldVocabulary(field, patterns(lists.get("words")),
                            patterns(lists.get("weak")), patterns(lists.get("not"))));
                });
                byKind.put(kind, vocabularies);
            });
            return new HeaderVocabulary(byKind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<WordPattern> patterns(Object list) {
        if (list == null) {
            return List.of();
        }
        return ((List<?>) list).stream().map(String::valueOf).map(WordPattern::parse)
                .filter(pattern -> !pattern.words().isEmpty()).toList();
    }
}
