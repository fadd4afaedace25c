package org.cloture.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Printed shares add up to exactly 100,0 %. */
class PercentagesTest {

    @Test
    void threeEqualSharesAreNotThreeTimes33Point3() {
        List<BigDecimal> shares = Percentages.of(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));

        assertThat(shares).extracting(BigDecimal::toPlainString).containsExactly("33.4", "33.3", "33.3");
    }

    @Test
    void aZeroTotalHasNoShares() {
        assertThat(Percentages.of(List.of(BigDecimal.ZERO, BigDecimal.ZERO))).containsExactly(null, null);
    }

    @Property
    void anyPositiveAmountsGiveSharesAddingUpToAHundred(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 10_000_000) Integer> cents) {
        if (cents.stream().mapToLong(Integer::longValue).sum() == 0) {
            return;
        }
        List<BigDecimal> amounts = cents.stream().map(value -> BigDecimal.valueOf(value, 2)).toList();

        List<BigDecimal> shares = Percentages.of(amounts);

        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.0");
        for (int index = 0; index < shares.size(); index++) {
            BigDecimal exact = amounts.get(index).multiply(new BigDecimal("100"))
                    .divide(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add), 10, java.math.RoundingMode.HALF_UP);
            // Never more than one tenth away from the exact share.
            assertThat(shares.get(index).subtract(exact).abs()).isLessThan(new BigDecimal("0.1"));
        }
    }
}
