package org.cloture.statements.annex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.statements.StatementLayout;

/**
 * Builds the annexe tables of a year from its trial balance (receivables, debts) and its movements
 * (fixed assets, depreciation, dedicated funds). Each row carries the bilan line it belongs to.
 */
public final class AnnexBuilder {

    /** The bilan lines whose accounts are receivables; cash (51, 53, 54) and VMP (50) are not. */
    public static final List<String> RECEIVABLE_LINES = List.of("BA_CREANCES_USAGERS", "BA_CREANCES_LEGS",
            "BA_AUTRES_CREANCES", "BA_CCA");
    /** The bilan group whose lines are debts (including borrowings of class 16/17 and bank overdrafts). */
    public static final String DEBTS_GROUP = "debts";
    public static final String FIXED_ASSETS_GROUP = "fixedAssets";
    public static final String DEDICATED_FUNDS_LINE = "BP_FONDS_DEDIES";

    private final BilanClassifier classifier;
    private final List<String> lineOrder = new ArrayList<>();

    public AnnexBuilder(StatementLayout layout) {
        this.classifier = new BilanClassifier(layout);
        layout.assets().forEach(group -> group.lines().forEach(line -> lineOrder.add(line.code())));
        layout.liabilities().forEach(group -> group.lines().forEach(line -> lineOrder.add(line.code())));
    }

    /**
     * @param auxiliaryLabels CompAuxNum → CompAuxLib, for the treasurer's workbook (may be empty)
     */
    public Annex build(TrialBalance trialBalance, List<AccountMovement> movements, Map<String, String> auxiliaryLabels) {
        return new Annex(receivables(trialBalance, auxiliaryLabels), debts(trialBalance, auxiliaryLabels),
                movementTable(movements, "Immobilisations", "Augmentations", "Diminutions", BilanPlacement.Role.GROSS),
                movementTable(movements, "Amortissements et dépréciations des immobilisations", "Dotations",
                        "Diminutions", BilanPlacement.Role.DEPRECIATION),
                movementTable(movements, "Fonds dédiés", "Reports", "Utilisations", BilanPlacement.Role.LIABILITY));
    }

    /** Receivables and debts only, e.g. for a past year of the evolution table. */
    public Annex build(TrialBalance trialBalance) {
        return build(trialBalance, List.of(), Map.of());
    }

    private BalanceDetailTable receivables(TrialBalance trialBalance, Map<String, String> auxiliaryLabels) {
        List<BalanceDetailRow> rows = new ArrayList<>();
        for (AccountBalance balance : trialBalance.detailed()) {
            char accountClass = balance.accountClass();
            if ((accountClass == '4' || accountClass == '5') && balance.balance().signum() != 0) {
                placement(balance).filter(place -> place.role() == BilanPlacement.Role.GROSS
                        && RECEIVABLE_LINES.contains(place.code()))
                        .ifPresent(place -> rows.add(row(place, balance, balance.balance(), auxiliaryLabels)));
            }
        }
        return new BalanceDetailTable("État des créances", sorted(rows));
    }

    private BalanceDetailTable debts(TrialBalance trialBalance, Map<String, String> auxiliaryLabels) {
        List<BalanceDetailRow> rows = new ArrayList<>();
        for (AccountBalance balance : trialBalance.detailed()) {
            char accountClass = balance.accountClass();
            if (accountClass >= '1' && accountClass <= '5' && balance.balance().signum() != 0) {
                placement(balance).filter(place -> place.role() == BilanPlacement.Role.LIABILITY
                        && DEBTS_GROUP.equals(place.group()))
                        .ifPresent(place -> rows.add(row(place, balance, balance.balance().negate(), auxiliaryLabels)));
            }
        }
        return new BalanceDetailTable("État des dettes", sorted(rows));
    }

    private Optional<BilanPlacement> placement(AccountBalance balance) {
        return classifier.classify(balance.account(), balance.balance());
    }

    private static BalanceDetailRow row(BilanPlacement place, AccountBalance balance, BigDecimal amount,
                                        Map<String, String> auxiliaryLabels) {
        String auxiliary = balance.auxiliary() == null || balance.auxiliary().isBlank() ? null : balance.auxiliary();
        return new BalanceDetailRow(place.code(), place.label(), balance.account(), balance.label(), auxiliary,
                auxiliary == null ? null : auxiliaryLabels.get(auxiliary), amount);
    }

    private List<BalanceDetailRow> sorted(List<BalanceDetailRow> rows) {
        rows.sort(Comparator.comparingInt((BalanceDetailRow row) -> lineOrder.indexOf(row.lineCode()))
                .thenComparing(BalanceDetailRow::account)
                .thenComparing(row -> row.auxiliary() == null ? "" : row.auxiliary()));
        return rows;
    }

    /**
     * Fixed assets are debit accounts; depreciation and dedicated funds are credit accounts, so their
     * increases are the credits of the year and their decreases the debits.
     */
    private MovementTable movementTable(List<AccountMovement> movements, String title, String increases,
                                        String decreases, BilanPlacement.Role role) {
        List<MovementRow> rows = new ArrayList<>();
        for (AccountMovement movement : movements) {
            Optional<BilanPlacement> place = classifier.classify(movement.account(), movement.closing())
                    .filter(found -> found.role() == role && belongs(found));
            if (place.isEmpty() || isEmpty(movement)) {
                continue;
            }
            boolean debitNature = role == BilanPlacement.Role.GROSS;
            rows.add(debitNature
                    ? new MovementRow(place.get().code(), movement.account(), movement.label(), movement.opening(),
                            movement.debits(), movement.credits(), movement.closing())
                    : new MovementRow(place.get().code(), movement.account(), movement.label(),
                            movement.opening().negate(), movement.credits(), movement.debits(),
                            movement.closing().negate()));
        }
        return new MovementTable(title, increases, decreases, rows);
    }

    private static boolean belongs(BilanPlacement place) {
        return place.role() == BilanPlacement.Role.LIABILITY ? DEDICATED_FUNDS_LINE.equals(place.code())
                : FIXED_ASSETS_GROUP.equals(place.group());
    }

    private static boolean isEmpty(AccountMovement movement) {
        return movement.opening().signum() == 0 && movement.debits().signum() == 0 && movement.credits().signum() == 0;
    }
}
