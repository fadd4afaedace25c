package org.cloture.ingest.table;

import java.util.List;

/**
 * One field of the input contract (input/README.md).
 *
 * @param key     the contract's name, also accepted as a header and in mapping profiles
 * @param label   the French header shown to users when the field is missing
 * @param aliases headers accepted for it, French and English, compared with {@link org.cloture.ingest.cells.Texts#key}
 */
public record FieldSpec(String key, String label, boolean required, List<String> aliases) {

    public FieldSpec {
        aliases = List.copyOf(aliases);
    }

    static FieldSpec required(String key, String label, String... aliases) {
        return new FieldSpec(key, label, true, List.of(aliases));
    }

    static FieldSpec optional(String key, String label, String... aliases) {
        return new FieldSpec(key, label, false, List.of(aliases));
    }
}
