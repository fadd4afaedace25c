package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "1 234,56 €|1234.56",
            "1\u00A0234,56\u00A0€|1234.56",
            "1\u202F234,56 €|1234.56",
            "1.234,56|1234.56",
            "1,234.56|1234.56",
            "1234.5|1234.50",
            "1234,5|1234.50",
            "-12,00|-12.00",
            "12,00-|-12.00",
            "(12,00)|-12.00",
            "\u221212,00|-12.00",
            "+5|5.00",
            "0|0.00",
            "12|12.00",
            "€ 12,30|12.30",
            "12,30 EUR|12.30",
            "- 12,00 €|-12.00",
            "1 000 000|1000000.00",
            "1.000.000|1000000.00",
            "1.000.000,01|1000000.01",
            ",50|0.50",
    })
    void parsesAcceptedNotationsExactly(String text, String expected) {
        assertThat(AmountParser.parse(text)).hasValue(new BigDecimal(expected));
        assertThat(AmountParser.parse(text).orElseThrow().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @ValueSource(strings = {"", "  ", "abc", "12,345", "1.234", "12,3456", "1 23,00", "12 34", "1.234.56",
            "1,234,56.7.8", "12€34", "--12", "12,00--", "1e5", "NaN", "12.", "douze"})
    void refusesAmbiguousOrMalformedText(String text) {
        assertThat(AmountParser.parse(text)).isEmpty();
    }

    @Test
    void roundsSpreadsheetDoublesToTheCent() {
        assertThat(AmountParser.fromNumber(new BigDecimal(0.1 + 0.2))).isEqualTo(new BigDecimal("0.30"));
        assertThat(AmountParser.fromNumber(new BigDecimal("1234.565"))).isEqualTo(new BigDecimal("1234.57"));
        assertThat(AmountParser.fromNumber(new BigDecimal("-2.005"))).isEqualTo(new BigDecimal("-2.01"));
        assertThat(AmountParser.fromNumber(new BigDecimal("12"))).isEqualTo(new BigDecimal("12.00"));
    }
}
