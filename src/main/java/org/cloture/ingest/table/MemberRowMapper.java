package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cloture.ingest.cells.MemberKindParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/** Membership register rows; the ids seen in the whole file are shared so that a second use of one is caught. */
public final class MemberRowMapper implements RowMapper<Member> {

    private static final String FRANCE = "France";
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final MemberIds ids;

    MemberRowMapper(MemberIds ids) {
        this.ids = ids;
    }

    @Override
    public Member map(FieldReader row) {
        String id = row.requiredText("id");
        String name = row.requiredText("name");
        MemberKind kind = kind(row);
        LocalDate joined = row.date("joined", true);
        LocalDate left = row.date("left", false);
        BigDecimal fee = row.amount("fee");
        LocalDate paidOn = row.date("paidOn", false);
        if (id != null) {
            ids.previousUse(id, row.sheet(), row.rowNumber()).ifPresent(first ->
                    row.reject(Finding.of(CheckId.DUPLICATE_MEMBER_ID, row.location("id"), id, id, first)));
        }
        if (row.isRejected()) {
            return null;
        }
        String country = Optional.ofNullable(row.text("country")).orElse(FRANCE);
        String postalCode = postalCode(row.text("postalCode"), country);
        String departement = Optional.ofNullable(row.text("departement"))
                .orElseGet(() -> isFrance(country) ? Departements.fromPostalCode(postalCode) : null);
        return new Member(id, name, row.text("firstName"), kind, row.text("legalStatus"), postalCode, departement,
                country, joined, left, fee, paidOn, row.text("paymentMethod"), row.text("role"), row.text("email"),
                row.text("phone"), row.text("address"), row.rowLocation());
    }

    private static MemberKind kind(FieldReader row) {
        String text = row.requiredText("kind");
        if (text == null) {
            return null;
        }
        Optional<MemberKind> kind = MemberKindParser.parse(text);
        if (kind.isEmpty()) {
            row.report(CheckId.UNKNOWN_MEMBER_KIND, "kind", true, text);
        }
        return kind.orElse(null);
    }

    /** A spreadsheet shows 01000 as the number 1000; a French code always has five digits. */
    private static String postalCode(String text, String country) {
        if (text != null && isFrance(country) && FOUR_DIGITS.matcher(text).matches()) {
            return "0" + text;
        }
        return text;
    }

    private static boolean isFrance(String country) {
        if (country.equalsIgnoreCase(FRANCE)) {
            return true; // the usual value, answered without folding it
        }
        String key = Texts.key(country);
        return key.equals("france") || key.equals("fr");
    }
}
