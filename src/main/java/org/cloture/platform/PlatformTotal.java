package org.cloture.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.cloture.source.SourceLocation;

/**
 * What an online platform's export says it collected or paid out, summed by the reader, for the reconciliations
 * with the bank and the income accounts: a payout to the bank on one day, or the total of one kind of campaign
 * (ticketing, shop, donations…) over the file.
 *
 * @param platform « HelloAsso »
 * @param category {@link #PAYOUT}, or the campaign kind as the platform's vocabulary names it (ticketing, shop,
 *                 donation, crowdfunding, orders…)
 * @param day      the payout's day; null for a campaign total
 * @param amount   scale 2, money the association received
 * @param file     the export it comes from
 * @param rows     the 1-based rows of the export summed into this total, for the findings to name them
 */
public record PlatformTotal(String platform, String category, LocalDate day, BigDecimal amount, String file,
                            List<Integer> rows) {

    /** The category of a payout to the bank. */
    public static final String PAYOUT = "payout";

    public PlatformTotal {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(file, "file");
        rows = List.copyOf(rows);
    }

    public boolean isPayout() {
        return PAYOUT.equals(category);
    }

    /** The first row summed, where a finding about this total points. */
    public SourceLocation location() {
        return rows.isEmpty() ? SourceLocation.ofFile(file) : SourceLocation.ofRow(file, null, rows.get(0));
    }

    /** Every row summed. */
    public List<SourceLocation> rowLocations() {
        return rows.stream().map(row -> SourceLocation.ofRow(file, null, row)).toList();
    }
}
