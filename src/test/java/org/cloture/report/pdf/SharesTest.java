package org.cloture.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void threeThirdsPrintAsOneHundred() {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("a", BigDecimal.ONE);
        amounts.put("b", BigDecimal.ONE);
        amounts.put("c", BigDecimal.ONE);
        // Rounding each third on its own prints 33,3 three times: 99,9.
        assertThat(Shares.of(amounts).values()).containsExactly(new BigDecimal("33.4"), new BigDecimal("33.3"),
                new BigDecimal("33.3"));
    }

    @Property
    void printedSharesAlwaysAddUpToExactlyOneHundred(
            @ForAll @Size(min = 1, max = 15) List<@IntRange(min = 0, max = 1_000_000) Integer> cents) {
        Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
        for (int i = 0; i < cents.size(); i++) {
            amounts.put(i, BigDecimal.valueOf(cents.get(i), 2));
        }
        Map<Integer, BigDecimal> shares = Shares.of(amounts);
        if (cents.stream().allMatch(c -> c == 0)) {
            assertThat(shares).isEmpty();
            return;
        }
        assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.0");
        // Each printed share is within a tenth of its exact value.
        BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        amounts.forEach((key, amount) -> {
            BigDecimal exact = amount.multiply(BigDecimal.valueOf(100)).divide(total, 6, java.math.RoundingMode.HALF_UP);
            assertThat(shares.get(key).subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.1"));
        });
    }

    @Test
    void frenchTypographyOfPercentagesDatesAndChanges() {
        assertThat(FrenchText.percent(new BigDecimal("12.3"))).isEqualTo("12,3\u202F%");
        assertThat(FrenchText.date(java.time.LocalDate.of(2023, 5, 23))).isEqualTo("23 mai 2023");
        assertThat(FrenchText.date(java.time.LocalDate.of(2024, 6, 1))).isEqualTo("1er juin 2024");
        assertThat(FrenchText.change(new BigDecimal("90"), new BigDecimal("100"))).isEqualTo("\u221210,0\u202F%");
        assertThat(FrenchText.change(new BigDecimal("110"), new BigDecimal("100"))).isEqualTo("+10,0\u202F%");
        assertThat(FrenchText.change(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void contactDetailsTypedInTheNarrativeAreRemoved() {
        assertThat(Redaction.text("Écrivez à jean.dupont@example.org ou au 06 12 34 56 78."))
                .isEqualTo("Écrivez à [adresse retirée] ou au [numéro retiré].");
    }
}
