package org.cloture.ingest.fec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FecAmountsPropertyTest {

    enum SignStyle { LEADING, TRAILING }

    @Property
    void everyAcceptedNotationParsesToTheSameAmount(@ForAll("amounts") BigDecimal amount,
            @ForAll boolean comma, @ForAll SignStyle sign, @ForAll @IntRange(max = 18) int paddedWidth,
            @ForAll boolean leadingSpace, @ForAll boolean trimZeros) {
        String digits = amount.abs().toPlainString();
        if (trimZeros) {
            // 12.50 → 12.5, 12.00 → 12: shorter notations some exporters use.
            digits = new BigDecimal(digits).stripTrailingZeros().toPlainString();
        }
        digits = digits.replace('.', comma ? ',' : '.');
        StringBuilder padded = new StringBuilder(digits);
        while (padded.length() < paddedWidth) {
            padded.insert(0, '0');
        }
        String written = padded.toString();
        if (amount.signum() < 0) {
            written = sign == SignStyle.LEADING ? "-" + written : written + "-";
        } else if (leadingSpace) {
            written = " " + written;
        }

        assertThat(FecAmounts.parse(written)).as(written).contains(amount);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("-99999999999.99"), new BigDecimal("99999999999.99"))
                .ofScale(2);
    }
}
