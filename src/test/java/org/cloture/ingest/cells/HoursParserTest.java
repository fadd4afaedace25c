package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HoursParserTest {

    @ParameterizedTest(name = "«{0}» → {1} h")
    @CsvSource(delimiter = '|', value = {
            "3,5|3.5000",
            "3.5|3.5000",
            "3|3.0000",
            "3h30|3.5000",
            "3 h 30|3.5000",
            "3H30|3.5000",
            "3h|3.0000",
            "3 h|3.0000",
            "3 heures|3.0000",
            "3,5 h|3.5000",
            "03:30|3.5000",
            "3:20|3.3333",
            "3h20|3.3333",
            "3h05|3.0833",
            "10:00:00|10.0000",
            "45 min|0.7500",
            "0|0.0000",
            "2,25|2.2500",
            "1,33333|1.3333",
    })
    void parsesDurations(String text, String expected) {
        assertThat(HoursParser.parse(text)).hasValue(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @ValueSource(strings = {"", "trois heures", "3h75", "03:75", "-2", "3,5,5", "h30", "3:5"})
    void refusesOthers(String text) {
        assertThat(HoursParser.parse(text)).isEmpty();
    }

    @Test
    void timeFormattedCellsAreFractionsOfADayRoundedToTheMinute() {
        BigDecimal threeThirty = new BigDecimal(3.5 / 24);
        assertThat(HoursParser.fromDayFraction(threeThirty)).isEqualTo(new BigDecimal("3.5000"));
        assertThat(HoursParser.fromDayFraction(new BigDecimal(200.0 / 1440))).isEqualTo(new BigDecimal("3.3333"));
        assertThat(HoursParser.fromDayFraction(new BigDecimal("1.0625"))).isEqualTo(new BigDecimal("25.5000"));
    }

    @Test
    void keepsEveryWholeMinuteRecoverable() {
        for (int minutes = 0; minutes < 24 * 60; minutes++) {
            String text = (minutes / 60) + "h" + String.format("%02d", minutes % 60);
            BigDecimal hours = HoursParser.parse(text).orElseThrow();
            assertThat(hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValue())
                    .as(text).isEqualTo(minutes);
        }
    }
}
