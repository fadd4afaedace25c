package org.cloture.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cloture.ingest.fec.FecLine;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;

/** The quick check of a FEC line's texts sees every text field the full check sees. */
class StoredTextTest {

    @Test
    void theQuickCheckOfAFecLineLooksAtEveryTextField() throws Exception {
        RecordComponent[] components = FecLine.class.getRecordComponents();
        Constructor<FecLine> constructor = FecLine.class.getDeclaredConstructor(
                java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        int textFields = 0;
        for (int tooLong = 0; tooLong < components.length; tooLong++) {
            if (components[tooLong].getType() != String.class) {
                continue;
            }
            textFields++;
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Class<?> type = components[i].getType();
                values[i] = type == String.class ? (i == tooLong ? "x".repeat(StoredText.MAX + 1) : "x")
                        : type == BigDecimal.class ? BigDecimal.ONE : type == LocalDate.class ? LocalDate.of(2023, 1, 1)
                        : SourceLocation.ofRow("fec.txt", null, 2);
            }
            FecLine line = constructor.newInstance(values);
            assertThat(StoredText.mayBeOverLong(line)).as(components[tooLong].getName()).isTrue();
            assertThat(StoredText.overLong(line, line.location())).hasSize(1);
        }
        assertThat(textFields).isGreaterThan(5);
    }

    @Test
    void aLineOfOrdinaryTextsNeedsNoFullCheck() {
        FecLine line = new FecLine("BQ", "Banque", "1", LocalDate.of(2023, 1, 5), "512000", "Banque", null, null, "P1",
                null, "Cotisation", BigDecimal.TEN, BigDecimal.ZERO, null, null, null, null, null,
                SourceLocation.ofRow("fec.txt", null, 2));
        assertThat(StoredText.mayBeOverLong(line)).isFalse();
    }
}
