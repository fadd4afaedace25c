package org.cloture.ingest.fec;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The fast path for plain ASCII names gives what the Unicode normalisation gives. */
class FecColumnNormalisePropertyTest {

    private static String reference(String name) {
        String withoutAccents = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }

    @Property(tries = 500)
    void asciiNamesAsTheReference(@ForAll @StringLength(max = 20)
                                  @Chars({'a', 'Z', 'é', '_', '-', ' ', '\t', '\u000B', '0', 'É', '\u00A0'}) String name) {
        assertThat(FecColumn.normalise(name)).isEqualTo(reference(name));
    }

    @Property(tries = 500)
    void anyNameAsTheReference(@ForAll @StringLength(max = 20) String name) {
        assertThat(FecColumn.normalise(name)).isEqualTo(reference(name));
    }

    @Example
    void headerVariants() {
        assertThat(FecColumn.byHeaderName(" Ecriture_Date ")).isEqualTo(FecColumn.byHeaderName("EcritureDate"));
        assertThat(FecColumn.byHeaderName("Écriture-Lib")).isEqualTo(FecColumn.byHeaderName("EcritureLib"));
        assertThat(FecColumn.byHeaderName("AC")).isNull();
    }
}
