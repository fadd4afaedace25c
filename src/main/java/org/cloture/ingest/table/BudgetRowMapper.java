package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloture.ingest.cells.Texts;
import org.cloture.statements.budget.BudgetRow;

/**
 * Budget rows: the post and its amount per year. A heading (« CHARGES », « 60 - Achats » with no amount) and
 * a result row (« Résultat », « Excédent prévisionnel ») are not posts: the mapper returns null for them. The
 * account prefix comes from its column, or from the label's leading number (« 606 - Achats non stockés »,
 * « C/606 Achats »).
 */
final class BudgetRowMapper implements RowMapper<BudgetRow> {

    private static final Pattern LEADING_ACCOUNT = Pattern.compile("^\\s*(?:(?:compte|cpte|c)\\s*/?\\s*)?(\\d{2,8})\\b\\s*[-–—:.)]*\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESULT_LABEL = Pattern.compile(
            "^(resultat|excedent|deficit|solde|benefice|perte)\\b.*");

    private final Map<Integer, String> years;

    BudgetRowMapper(ColumnMap columns) {
        this.years = BudgetYearColumns.years(columns);
    }

    @Override
    public BudgetRow map(FieldReader row) {
        String label = row.text("line");
        String account = accountDigits(row.text("account"));
        if (label != null && account == null) {
            Matcher leading = LEADING_ACCOUNT.matcher(label);
            if (leading.matches()) {
                account = leading.group(1);
                label = leading.group(2).isBlank() ? null : leading.group(2).strip();
            }
        }
        Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
        years.forEach((year, field) -> {
            BigDecimal amount = row.amount(field);
            if (amount != null) {
                amounts.put(year, amount);
            }
        });
        if (row.isRejected() || amounts.isEmpty() || label == null && account == null) {
            return null;
        }
        if (account == null && RESULT_LABEL.matcher(Texts.folded(label)).matches()) {
            return null;
        }
        return new BudgetRow(label, account, amounts, row.rowLocation());
    }

    /** « 606 », « 6060 », « 606000 », « C/606 »: the digits; anything else is no account. */
    private static String accountDigits(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() >= 2 && digits.length() <= 12 ? digits : null;
    }
}
