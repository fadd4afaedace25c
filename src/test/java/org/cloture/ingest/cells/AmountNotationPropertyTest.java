package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class AmountNotationPropertyTest {

    enum Notation {
        FRENCH_SPACE(" ", ",", "", ""),
        FRENCH_NBSP("\u00A0", ",", "", "\u00A0€"),
        FRENCH_NARROW_NBSP("\u202F", ",", "", " €"),
        FRENCH_DOT(".", ",", "", ""),
        ENGLISH(",", ".", "", ""),
        PLAIN_COMMA("", ",", "", ""),
        PLAIN_DOT("", ".", "€ ", ""),
        TRAILING_MINUS(" ", ",", "", "");

        final String grouping;
        final String decimal;
        final String prefix;
        final String suffix;

        Notation(String grouping, String decimal, String prefix, String suffix) {
            this.grouping = grouping;
            this.decimal = decimal;
            this.prefix = prefix;
            this.suffix = suffix;
        }

        String write(long cents) {
            long units = Math.abs(cents) / 100;
            String integer = group(Long.toString(units));
            String text = prefix + integer + decimal + String.format("%02d", Math.abs(cents) % 100) + suffix;
            if (cents >= 0) {
                return text;
            }
            return this == TRAILING_MINUS ? text + "-" : "-" + text;
        }

        private String group(String digits) {
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    grouped.append(grouping);
                }
                grouped.append(digits.charAt(i));
            }
            return grouped.toString();
        }
    }

    @Property
    void anyAmountInAnyAcceptedNotationParsesBack(@ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long cents,
                                                  @ForAll Notation notation) {
        String text = notation.write(cents);

        assertThat(AmountParser.parse(text)).as(text).hasValue(BigDecimal.valueOf(cents, 2));
    }
}
