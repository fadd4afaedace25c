package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "15/03/2023|2023-03-15",
            "5/3/2023|2023-03-05",
            "15/03/23|2023-03-15",
            "15/03/85|1985-03-15",
            "15.03.2023|2023-03-15",
            "15-03-2023|2023-03-15",
            "2023-03-15|2023-03-15",
            "2023-03-15 00:00:00|2023-03-15",
            "2023-03-15T10:30|2023-03-15",
            "15 mars 2023|2023-03-15",
            "1er mars 2023|2023-03-01",
            "1 MARS 2023|2023-03-01",
            "mercredi 15 mars 2023|2023-03-15",
            "3 février 2023|2023-02-03",
            "3 fevrier 2023|2023-02-03",
            "14 août 2023|2023-08-14",
            "1er déc. 2023|2023-12-01",
            "20230315|2023-03-15",
            "45000|2023-03-15",
            " 15/03/2023 |2023-03-15",
    })
    void parsesFrenchNotations(String text, String expected) {
        assertThat(DateParser.parse(text)).hasValue(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @ValueSource(strings = {"", "31/02/2023", "15/13/2023", "15 brumaire 2023", "mars 2023", "2023-03", "hier",
            "15/03", "123"})
    void refusesWhatIsNotADay(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @Test
    void readsSpreadsheetSerialsIncludingTheFictitiousLeapDay() {
        assertThat(DateParser.fromSerial(new BigDecimal("1"), false)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(DateParser.fromSerial(new BigDecimal("59"), false)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(DateParser.fromSerial(new BigDecimal("61"), false)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(DateParser.fromSerial(new BigDecimal("45000"), false)).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(DateParser.fromSerial(new BigDecimal("45000.75"), false)).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(DateParser.fromSerial(new BigDecimal("0"), true)).isEqualTo(LocalDate.of(1904, 1, 1));
        assertThat(ExcelSerials.toDateTime(new BigDecimal("45000.5"), false))
                .isEqualTo(LocalDateTime.of(2023, 3, 15, 12, 0));
    }
}
