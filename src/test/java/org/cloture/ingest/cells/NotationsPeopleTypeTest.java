package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hours, dates and amounts as registers and exports actually write them. */
class NotationsPeopleTypeTest {

    @ParameterizedTest(name = "«{0}» = {1} h")
    @CsvSource(delimiter = '|', value = {
            "1h30|1.5", "1 h 30|1.5", "1H30|1.5", "1h30min|1.5", "1 heure 30|1.5", "1,5|1.5", "1.5 h|1.5",
            "1,5 heures|1.5", "90 min|1.5", "90 minutes|1.5", "1:30|1.5", "01:30:00|1.5", "2 h 15|2.25", "45mn|0.75",
    })
    void hours(String text, String hours) {
        assertThat(HoursParser.parse(text)).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo(hours));
    }

    @ParameterizedTest(name = "«{0}» = {1}")
    @CsvSource(delimiter = '|', value = {
            "15/03/2024|2024-03-15", "15/3/24|2024-03-15", "15.03.2024|2024-03-15", "15 03 2024|2024-03-15",
            "2024-03-15|2024-03-15", "2024/03/15|2024-03-15", "15 mars 2024|2024-03-15", "15-mars-2024|2024-03-15",
            "15-Mar-24|2024-03-15", "1er mars 2024|2024-03-01", "vendredi 15 mars 2024|2024-03-15",
            "03/04/2026 18:23:13|2026-04-03", "03/04/2026 18:23|2026-04-03", "15/03/2024 à 18h23|2024-03-15",
            "2024-03-15T10:00:00|2024-03-15", "15 févr. 2024|2024-02-15",
    })
    void dates(String text, LocalDate date) {
        assertThat(DateParser.parse(text)).hasValue(date);
    }

    @ParameterizedTest(name = "«{0}» = {1} €")
    @CsvSource(delimiter = '|', value = {
            "25 €|25.00", "€25|25.00", "25,00 EUR|25.00", "25 euros|25.00", "EUR 25|25.00", "+25,00|25.00",
            "1 234,56|1234.56", "1.234,56 €|1234.56", "1'234.50|1234.50", "25,-|25.00", "25.-|25.00",
    })
    void amounts(String text, BigDecimal amount) {
        assertThat(AmountParser.parse(text)).hasValue(amount.setScale(2));
    }
}
