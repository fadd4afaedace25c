package org.cloture.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.ledger.LedgerLine;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;

/** Minimal records for the reconciliation tests, each at a known row of a named file. */
final class Fixtures {

    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final LocalDate END = LocalDate.of(2023, 12, 31);

    private Fixtures() {
    }

    static Member member(int row, String id, String firstName, String name, String fee) {
        return new Member(id, name, firstName, firstName == null ? MemberKind.LEGAL_PERSON : MemberKind.NATURAL_PERSON,
                null, "59000", "59", "France", LocalDate.of(2020, 1, 10), null,
                fee == null ? null : new BigDecimal(fee).setScale(2), null, null, null, null, null, null,
                SourceLocation.ofRow("adherents.xlsx", "Adhérents", row));
    }

    static Member member(int row, String id, String name, LocalDate joined, LocalDate left) {
        return new Member(id, name, null, MemberKind.LEGAL_PERSON, null, "59000", "59", "France", joined, left,
                null, null, null, null, null, null, null, SourceLocation.ofRow("adherents.xlsx", "Adhérents", row));
    }

    static LedgerLine fee(int row, String label, String aux, String amount) {
        return new LedgerLine("BQ", "E" + row, LocalDate.of(2023, 3, 1), "756000", "Cotisations", aux, label,
                BigDecimal.ZERO.setScale(2), new BigDecimal(amount).setScale(2),
                SourceLocation.ofRow("FEC.txt", null, row));
    }

    /** A fee line of a given date, with its PieceRef. */
    static LedgerLine fee(int row, LocalDate date, String label, String aux, String pieceRef, String amount) {
        return new LedgerLine("BQ", "E" + row, date, "756000", "Cotisations", aux, label,
                BigDecimal.ZERO.setScale(2), new BigDecimal(amount).setScale(2),
                SourceLocation.ofRow("FEC.txt", null, row), pieceRef);
    }

    /** A member whose register gives the payment date. */
    static Member member(int row, String id, String firstName, String name, String fee, LocalDate paidOn) {
        Member member = member(row, id, firstName, name, fee);
        return new Member(member.memberId(), member.name(), member.firstName(), member.kind(), null, "59000", "59",
                "France", member.joined(), null, member.fee(), paidOn, null, null, null, null, null, member.location());
    }

    static VolunteerEntry hours(int row, String volunteer, String memberId, LocalDate date, String hours) {
        return new VolunteerEntry(volunteer, memberId, date, null, new BigDecimal(hours), null,
                SourceLocation.ofRow("benevolat.xlsx", "Heures", row));
    }

    static Activity activity(int row, String title, ActivityCategory category, LocalDate date, Integer participants) {
        return new Activity(date, null, title, category, category.name().toLowerCase(), null, null, participants,
                null, null, null, null, false, SourceLocation.ofRow("activites.xlsx", "Actions", row));
    }
}
