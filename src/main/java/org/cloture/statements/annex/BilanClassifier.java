package org.cloture.statements.annex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloture.statements.StatementLayout;
import org.cloture.statements.StatementLayout.BalanceGroup;
import org.cloture.statements.StatementLayout.BalanceLine;
import org.cloture.statements.StatementLayout.BalanceSign;

/**
 * The bilan line of one balance, read from the same layout and with the same rules as the statement
 * engine (longest prefix wins; classes 4 and 5 by the sign of the balance), so that each annexe row
 * names the line it is part of. The annexe totals are tested against the engine's bilan lines.
 */
public final class BilanClassifier {

    private record Target(BilanPlacement placement, BalanceSign when, List<String> prefixes) {
    }

    private final List<Target> targets = new ArrayList<>();

    public BilanClassifier(StatementLayout layout) {
        // Same order as the engine: ties cannot happen between different lines of a reviewed layout, but
        // keeping the order keeps the first-found rule identical if they ever did.
        for (BalanceGroup group : layout.assets()) {
            for (BalanceLine line : group.lines()) {
                targets.add(new Target(new BilanPlacement(line.code(), line.label(), group.code(),
                        BilanPlacement.Role.GROSS), line.when(), line.gross()));
                targets.add(new Target(new BilanPlacement(line.code(), line.label(), group.code(),
                        BilanPlacement.Role.DEPRECIATION), BalanceSign.ANY, line.depreciation()));
            }
        }
        for (BalanceGroup group : layout.liabilities()) {
            for (BalanceLine line : group.lines()) {
                targets.add(new Target(new BilanPlacement(line.code(), line.label(), group.code(),
                        BilanPlacement.Role.LIABILITY), line.when(), line.gross()));
            }
        }
    }

    /** The placement of an account whose balance (debit − credit) is {@code balance}; empty if unmapped. */
    public Optional<BilanPlacement> classify(String account, BigDecimal balance) {
        BalanceSign sign = balance.signum() > 0 ? BalanceSign.DEBIT : BalanceSign.CREDIT;
        Target best = null;
        int bestLength = 0;
        for (Target target : targets) {
            if (target.when() != BalanceSign.ANY && target.when() != sign) {
                continue;
            }
            for (String prefix : target.prefixes()) {
                if (prefix.length() > bestLength && account.startsWith(prefix)) {
                    best = target;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best).map(Target::placement);
    }
}
