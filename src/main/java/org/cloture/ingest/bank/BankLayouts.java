package org.cloture.ingest.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.table.RawRow;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The bank CSV layouts Clôture knows, from {@code ingest/bank-layouts.yml}; the best one for a header row. */
final class BankLayouts {

    static final String RESOURCE = "/ingest/bank-layouts.yml";
    private static final BankLayouts BUILT_IN = load();

    private final List<BankLayout> layouts;

    BankLayouts(List<BankLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    static BankLayouts builtIn() {
        return BUILT_IN;
    }

    List<BankLayout> all() {
        return layouts;
    }

    /** The layout whose header this row is, the best matched when several fit (more exact headers first). */
    Optional<BankLayout.Header> header(RawRow row) {
        if (row.isBlank()) {
            return Optional.empty();
        }
        return layouts.stream().map(layout -> layout.matchHeader(row)).flatMap(Optional::stream)
                .max(Comparator.comparingInt(BankLayout.Header::score));
    }

    @SuppressWarnings("unchecked")
    private static BankLayouts load() {
        try (InputStream input = BankLayouts.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            List<BankLayout> layouts = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("layouts")) {
                Map<String, List<String>> columns = new LinkedHashMap<>();
                ((Map<String, List<String>>) entry.get("columns")).forEach((field, headers) ->
                        columns.put(field, List.copyOf(headers)));
                layouts.add(new BankLayout((String) entry.get("id"), (String) entry.get("bank"),
                        Set.copyOf((List<String>) entry.get("required")), columns,
                        (List<String>) entry.getOrDefault("ignored", List.of()),
                        Boolean.TRUE.equals(entry.get("extraColumns")),
                        ((List<String>) entry.getOrDefault("notCounted", List.of())).stream().map(Texts::folded)
                                .collect(Collectors.toSet())));
            }
            return new BankLayouts(layouts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
