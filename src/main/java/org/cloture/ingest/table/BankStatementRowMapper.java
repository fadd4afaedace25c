package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.cells.DateParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.source.CheckId;

/**
 * Rows of a bank statement export: an operation, or a « Solde » row among them (« Ancien solde », « Nouveau
 * solde au 31/12/2023 »), which states the balance instead of moving it. Amounts are signed from the bank's side
 * (a credit is money in): one « Montant » column as the bank signs it, or « Crédit » − « Débit », whatever sign
 * the bank wrote in these two columns.
 */
final class BankStatementRowMapper implements RowMapper<BankStatementRowMapper.Row> {

    /** What one row gave: exactly one of the two is set. */
    record Row(BankStatementLine line, StatedBalance balance) {
    }

    private static final Pattern BALANCE_LABEL = Pattern.compile("(ancien |nouveau )?solde\\b.*");
    private static final Pattern DATE_IN_TEXT = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}");

    private final String titleAccount;

    /** @param titleAccount the account number the title rows give, for the rows that do not say it */
    BankStatementRowMapper(String titleAccount) {
        this.titleAccount = titleAccount;
    }

    @Override
    public Row map(FieldReader row) {
        String label = row.text("label");
        if (label != null && BALANCE_LABEL.matcher(Texts.folded(label)).matches()) {
            return balanceRow(row, label);
        }
        LocalDate date = row.date("date", true);
        LocalDate valueDate = row.date("valueDate", false);
        String detail = row.text("detail");
        String fullLabel = detail == null || detail.equals(label) ? label : label == null ? detail : label + " " + detail;
        if (fullLabel == null) {
            row.requiredText("label");
        }
        BigDecimal amount = amount(row);
        BigDecimal balance = row.amount("balance");
        if (row.isRejected()) {
            return null;
        }
        return new Row(new BankStatementLine(account(row), date, valueDate, fullLabel, amount, balance,
                row.text("reference"), row.rowLocation()), null);
    }

    /** A balance row: its date in the date column or in its label, its amount in « Solde » or the amounts. */
    private Row balanceRow(FieldReader row, String label) {
        LocalDate date;
        if (row.cell("date").isBlank()) {
            Matcher inLabel = DATE_IN_TEXT.matcher(label);
            date = inLabel.find() ? DateParser.parse(inLabel.group()).orElse(null) : null;
            if (date == null) {
                row.requiredText("date");
            }
        } else {
            date = row.date("date", true);
        }
        BigDecimal amount = row.cell("balance").isBlank() ? amount(row) : row.amount("balance", true);
        if (row.isRejected()) {
            return null;
        }
        return new Row(null, new StatedBalance(account(row), date, StatementTitle.timing(Texts.folded(label)), amount,
                row.rowLocation()));
    }

    /** The signed amount; a row with none, or an unreadable one, is rejected: it could not be matched. */
    private static BigDecimal amount(FieldReader row) {
        if (row.has("amount")) {
            return row.amount("amount", true);
        }
        boolean noDebit = row.cell("debit").isBlank();
        boolean noCredit = row.cell("credit").isBlank();
        if (noDebit && noCredit) {
            row.report(CheckId.REQUIRED_VALUE_MISSING, "debit", true, null,
                    row.location("debit").column() + " ou " + row.location("credit").column());
            return null;
        }
        BigDecimal debit = noDebit ? BigDecimal.ZERO : row.amount("debit", true);
        BigDecimal credit = noCredit ? BigDecimal.ZERO : row.amount("credit", true);
        if (debit == null || credit == null) {
            return null;
        }
        return credit.abs().subtract(debit.abs()).setScale(2);
    }

    private String account(FieldReader row) {
        String column = row.text("account");
        return column != null ? column.replace("=", "").replace("\"", "").strip() : titleAccount;
    }
}
