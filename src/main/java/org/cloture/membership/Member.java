package org.cloture.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.cloture.source.SourceLocation;

/**
 * One row of the membership register. Email, phone and address are personal data: kept for the
 * database, never printed in the board report.
 *
 * @param fee the amount paid for the year, scale 2, null when the register does not say
 */
public record Member(String memberId, String name, String firstName, MemberKind kind, String legalStatus,
                     String postalCode, String departement, String country, LocalDate joined, LocalDate left,
                     BigDecimal fee, LocalDate paidOn, String paymentMethod, String role, String email,
                     String phone, String address, SourceLocation location) {

    public Member {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(location, "location");
    }
}
