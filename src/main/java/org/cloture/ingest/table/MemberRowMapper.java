package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cloture.ingest.cells.FullNames;
import org.cloture.ingest.cells.MemberKindParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/** Membership register rows; the ids seen in the whole file are shared so that a second use of one is caught. */
public final class MemberRowMapper implements RowMapper<Member> {

    private static final String FRANCE = "France";
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final MemberIds ids;
    /** Why the kind is inferred (no « type » column, or one whose values are not kinds); null when it is read. */
    private final String inferenceReason;
    private final boolean surnameFirst;
    private int inferredLegal;
    private int inferredNatural;

    MemberRowMapper(MemberIds ids) {
        this(ids, null, true);
    }

    /**
     * @param inferenceReason why each member's kind is inferred, said in the sheet's information finding; null
     *                        when the sheet has a kind column
     * @param surnameFirst    whether a « Nom & prénom » column writes the surname first (Paheko does)
     */
    MemberRowMapper(MemberIds ids, String inferenceReason, boolean surnameFirst) {
        this.ids = ids;
        this.inferenceReason = inferenceReason;
        this.surnameFirst = surnameFirst;
    }

    @Override
    public Member map(FieldReader row) {
        String id = row.requiredText("id");
        String name;
        String firstName = row.text("firstName");
        if (!row.has("name") && row.has("fullName")) {
            FullNames.Split split = FullNames.split(row.requiredText("fullName"), surnameFirst);
            name = split.name();
            firstName = firstName != null ? firstName : split.firstName();
        } else {
            name = row.requiredText("name");
        }
        MemberKind kind = inferenceReason == null ? kind(row) : inferred(name, firstName);
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
        return new Member(id, name, firstName, kind, row.text("legalStatus"), postalCode, departement,
                country, joined, left, fee, paidOn, row.text("paymentMethod"), row.text("role"), row.text("email"),
                row.text("phone"), row.text("address"), row.rowLocation());
    }

    /** No first name and an organisation's name: a legal person; anyone else a natural person. */
    private MemberKind inferred(String name, String firstName) {
        if (name == null) {
            return null;
        }
        if (firstName == null && MemberKindParser.readsAsOrganisation(name)) {
            inferredLegal++;
            return MemberKind.LEGAL_PERSON;
        }
        inferredNatural++;
        return MemberKind.NATURAL_PERSON;
    }

    @Override
    public List<Finding> finish(SourceLocation sheet) {
        if (inferenceReason == null || inferredLegal + inferredNatural == 0) {
            return List.of();
        }
        return List.of(Finding.of(CheckId.MEMBER_KIND_INFERRED, sheet, null, inferenceReason, inferredLegal,
                inferredNatural));
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
