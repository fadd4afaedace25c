package org.cloture.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cloture.source.SourceLocation;

/** Placeholder until the register reader lands. */
public record Member(String memberId, String name, String firstName, MemberKind kind, String legalStatus,
                     String postalCode, String departement, String country, LocalDate joined, LocalDate left,
                     BigDecimal fee, LocalDate paidOn, String paymentMethod, String role, String email,
                     String phone, String address, SourceLocation location) {
}
