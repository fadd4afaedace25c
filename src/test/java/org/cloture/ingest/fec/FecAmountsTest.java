package org.cloture.ingest.fec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FecAmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1234,56; 1234.56", "1234.5; 1234.50", "-0,00; 0.00", "150,00-; -150.00",
            "' 000000000001437,12'; 1437.12", "-000000000001437,12; -1437.12", "+5; 5.00", "1 234,56; 1234.56",
            ",5; 0.50"})
    void acceptedNotations(String raw, String expected) {
        assertThat(FecAmounts.parse(raw)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1.234,56", "1,234.56", "12,345", "1,000", "--5", "-5-", "5,", "abc", "5 €",
            "1e3", "0x10", "{current_date}"})
    void refusedNotations(String raw) {
        assertThat(FecAmounts.parse(raw)).isEmpty();
    }
}
