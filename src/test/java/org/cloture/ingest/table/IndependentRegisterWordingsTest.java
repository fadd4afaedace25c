package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Header rows written by hand from how staff title their registers ({@code recognition/independent-registers.yml}),
 * independently of the recogniser's vocabulary and of {@link RegisterWordingsPropertyTest}'s wording list: each one
 * must be recognised as its kind with every column assigned to the field it holds.
 */
class IndependentRegisterWordingsTest {

    private static final HeaderMatcher MATCHER = new HeaderMatcher(Map.of());

    /** One hand-written register: its kind and, per column, the field it holds (null: any or none). */
    record Register(String name, SourceKind kind, List<String> headers, List<String> fields) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void everyHandWrittenRegisterIsRecognisedWithTheRightFields(Register register) {
        List<RawCell> cells = register.headers().stream().map(RawCell::ofText).toList();
        Optional<ColumnMap> recognised = MATCHER.match(new RawRow(null, 1, cells));

        assertThat(recognised).as("recognised kind of %s", register.headers())
                .map(ColumnMap::kind).contains(register.kind());
        ColumnMap columns = recognised.orElseThrow();
        for (int column = 0; column < register.headers().size(); column++) {
            String field = register.fields().get(column);
            if (field != null) {
                assertThat(columns.column(field)).as("« %s » → %s (mapping: %s)", register.headers().get(column),
                        field, columns.mappings()).isEqualTo(column);
            }
        }
    }

    @Test
    void theFixtureIsLargeAndCoversTheThreeRegisters() {
        List<Register> registers = registers().toList();
        assertThat(registers).hasSizeGreaterThanOrEqualTo(12);
        assertThat(registers).extracting(Register::kind)
                .contains(SourceKind.MEMBERS, SourceKind.ACTIVITIES, SourceKind.VOLUNTEERING);
    }

    @SuppressWarnings("unchecked")
    static Stream<Register> registers() {
        try (InputStream in = IndependentRegisterWordingsTest.class
                .getResourceAsStream("/recognition/independent-registers.yml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Register> registers = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("registers")) {
                List<String> headers = new ArrayList<>();
                List<String> fields = new ArrayList<>();
                for (List<Object> column : (List<List<Object>>) entry.get("columns")) {
                    headers.add((String) column.get(0));
                    fields.add((String) column.get(1));
                }
                registers.add(new Register((String) entry.get("name"), SourceKind.valueOf((String) entry.get("kind")),
                        headers, fields));
            }
            return registers.stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
