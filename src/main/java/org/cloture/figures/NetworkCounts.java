package org.cloture.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What one row of the network tables counts — a member association, a territory, a département or the
 * whole network. A territory's row is the sum of its members' rows, the total the sum of the territories'
 * ({@link #plus}): no total is ever counted apart from its rows.
 *
 * @param declared      member associations declared in association.yml
 * @param transmitted   those whose folder holds files for the year ("données transmises")
 * @param toCorrect     those among them whose own closing has blocking findings ("à corriger"): their
 *                      figures are left out of every sum until they are fixed
 * @param withAccounts  those counted whose folder holds a FEC: the amounts cover these only
 * @param totalIncome   Σ of the members' total income (class 7); null when no counted member sent a FEC
 * @param totalExpenses Σ of the members' total expenses (class 6); null when no counted member sent a FEC
 * @param result        Σ of the members' results; null when no counted member sent a FEC
 */
public record NetworkCounts(int declared, int transmitted, int toCorrect, int withAccounts, int members,
                            int legalPersons, int naturalPersons, int newMembers, int volunteers,
                            BigDecimal volunteerHours, int actions, int participants, BigDecimal totalIncome,
                            BigDecimal totalExpenses, BigDecimal result) {

    /** The row of nothing: the start of a sum. */
    public static final NetworkCounts NONE = new NetworkCounts(0, 0, 0, 0, 0, 0, 0, 0, 0,
            BigDecimal.ZERO.setScale(1), 0, 0, null, null, null);

    /** A declared member association that sent nothing for the year. */
    public static NetworkCounts notTransmitted() {
        return new NetworkCounts(1, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(1), 0, 0, null, null, null);
    }

    /** A member association whose closing has blocking findings: counted as declared and sent, nothing else. */
    public static NetworkCounts toBeCorrected() {
        return new NetworkCounts(1, 1, 1, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(1), 0, 0, null, null, null);
    }

    /**
     * A member association's row from the figures of its own closing (its JSON); amounts null when it has
     * no accounts.
     */
    public static NetworkCounts member(int members, int legalPersons, int naturalPersons, int newMembers,
                                       int volunteers, BigDecimal volunteerHours, int actions, int participants,
                                       BigDecimal totalIncome, BigDecimal totalExpenses, BigDecimal result) {
        boolean accounts = totalIncome != null;
        return new NetworkCounts(1, 1, 0, accounts ? 1 : 0, members, legalPersons, naturalPersons, newMembers,
                volunteers, volunteerHours, actions, participants, totalIncome, accounts ? totalExpenses : null,
                accounts ? result : null);
    }

    /** The members whose figures are in this row's sums: sent and without blocking findings. */
    public int covered() {
        return transmitted - toCorrect;
    }

    public NetworkCounts plus(NetworkCounts other) {
        return new NetworkCounts(declared + other.declared, transmitted + other.transmitted,
                toCorrect + other.toCorrect, withAccounts + other.withAccounts, members + other.members,
                legalPersons + other.legalPersons, naturalPersons + other.naturalPersons,
                newMembers + other.newMembers, volunteers + other.volunteers,
                volunteerHours.add(other.volunteerHours), actions + other.actions, participants + other.participants,
                sum(totalIncome, other.totalIncome), sum(totalExpenses, other.totalExpenses),
                sum(result, other.result));
    }

    /**
     * The share of the declared members whose data came in, in % to one decimal (the seeds' "taux de
     * participation", "centres représentés"); null for a row without declared members.
     */
    public BigDecimal transmissionRate() {
        if (declared == 0) {
            return null;
        }
        return BigDecimal.valueOf(transmitted).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(declared), 1, RoundingMode.HALF_UP);
    }

    /** An amount missing from one side (a member without FEC) adds nothing; missing on both stays missing. */
    private static BigDecimal sum(BigDecimal one, BigDecimal other) {
        if (one == null) {
            return other;
        }
        return other == null ? one : one.add(other);
    }
}
