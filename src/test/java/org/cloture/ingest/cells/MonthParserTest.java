package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthParserTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "2023-03|2023-03",
            "2023-3|2023-03",
            "03/2023|2023-03",
            "3/2023|2023-03",
            "mars 2023|2023-03",
            "Mars 2023|2023-03",
            "février 2023|2023-02",
            "déc. 2023|2023-12",
            "août-23|2023-08",
    })
    void parsesMonths(String text, String expected) {
        assertThat(MonthParser.parse(text)).hasValue(YearMonth.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2023-13", "13/2023", "15/03/2023", "brumaire 2023", "2023"})
    void refusesOthers(String text) {
        assertThat(MonthParser.parse(text)).isEmpty();
    }
}
