package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloture.banking.StatedBalance;
import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.DateParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.source.SourceLocation;

/**
 * What French banks write above the operations of an export: the account number (« Compte courant n° 0001234567 »,
 * « Numéro Compte ;0123456X020 », {@code ="0123456789"}) and the balance (« Solde au 04/01/2024 1 234,56 € »,
 * « Solde (EUROS) ;1 234,56 » under a « Date ;05/01/2024 » row). Rows that say neither are ignored.
 *
 * @param accountId null when no title row names the account
 */
record StatementTitle(String accountId, List<StatedBalance> balances) {

    /** An account number: five characters or more, mostly digits (letters appear in La Banque Postale's). */
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Z]{5,34}");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/(\\d{4}|\\d{2})\\b");
    /** A French amount inside a sentence: « 1 234,56 », « -12,50 », « 1234.56 ». */
    private static final Pattern AMOUNT = Pattern.compile(
            "[-+\u2212]?\\s?\\d{1,3}(?:[ \u00A0\u202F.]\\d{3})+,\\d{2}|[-+\u2212]?\\s?\\d+[,.]\\d{2}(?!\\d)");

    static final StatementTitle NONE = new StatementTitle(null, List.of());

    StatementTitle {
        balances = List.copyOf(balances);
    }

    static StatementTitle of(List<RawRow> titleRows, String file) {
        String account = null;
        LocalDate dateRow = null;
        for (RawRow row : titleRows) {
            String folded = Texts.folded(joined(row));
            if (folded.startsWith("date") && !folded.contains("solde")) {
                dateRow = firstDate(row).orElse(dateRow);
            }
            if (account == null && (folded.contains("compte") || folded.contains("account"))) {
                account = accountIn(row);
            }
        }
        List<StatedBalance> balances = new ArrayList<>();
        for (RawRow row : titleRows) {
            String text = joined(row);
            String folded = Texts.folded(text);
            if (!folded.contains("solde") || folded.contains("franc")) {
                continue;
            }
            LocalDate day = firstDate(row).orElse(dateRow);
            Optional<BigDecimal> amount = amountIn(row);
            if (day != null && amount.isPresent()) {
                BigDecimal signed = folded.contains("debiteur") ? amount.get().abs().negate() : amount.get();
                balances.add(new StatedBalance(account, day, timing(folded), signed,
                        SourceLocation.ofRow(file, row.sheet(), row.rowNumber())));
            }
        }
        return new StatementTitle(account, balances);
    }

    /** « Ancien solde », « Solde initial », « Solde précédent »: before the day's operations. */
    static StatedBalance.Timing timing(String folded) {
        boolean opening = folded.contains("ancien") || folded.contains("initial") || folded.contains("precedent")
                || folded.contains("ouverture") || folded.contains("debut");
        return opening ? StatedBalance.Timing.OPENING : StatedBalance.Timing.CLOSING;
    }

    private static String joined(RawRow row) {
        StringBuilder text = new StringBuilder();
        for (RawCell cell : row.cells()) {
            if (!cell.isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(cell.text().strip());
            }
        }
        return text.toString();
    }

    private static String accountIn(RawRow row) {
        String best = null;
        for (RawCell cell : row.cells()) {
            String text = cell.text().replace("=", "").replace("\"", "").toUpperCase(java.util.Locale.ROOT);
            Matcher matcher = ACCOUNT.matcher(text);
            while (matcher.find()) {
                String token = matcher.group();
                long digits = token.chars().filter(Character::isDigit).count();
                if (digits >= 5 && digits * 2 > token.length()) {
                    best = token;
                }
            }
        }
        return best;
    }

    private static Optional<LocalDate> firstDate(RawRow row) {
        for (RawCell cell : row.cells()) {
            if (cell.isDateFormatted()) {
                return Optional.of(cell.dateTime().toLocalDate());
            }
            Matcher matcher = DATE.matcher(cell.text());
            if (matcher.find()) {
                Optional<LocalDate> date = DateParser.parse(matcher.group());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** A numeric cell, a cell that is an amount, or an amount written in a sentence (its date taken out). */
    private static Optional<BigDecimal> amountIn(RawRow row) {
        for (RawCell cell : row.cells()) {
            if (cell.isNumeric() && !cell.isDateFormatted()) {
                return Optional.of(AmountParser.fromNumber(cell.number()));
            }
            Optional<BigDecimal> whole = AmountParser.parse(cell.text());
            if (whole.isPresent()) {
                return whole;
            }
            Matcher matcher = AMOUNT.matcher(DATE.matcher(cell.text()).replaceAll(" "));
            if (matcher.find()) {
                Optional<BigDecimal> inText = AmountParser.parse(matcher.group().replace(" ", "").replace("\u2212", "-")
                        .replaceFirst("^([-+])", "$1"));
                if (inText.isPresent()) {
                    return inText;
                }
            }
        }
        return Optional.empty();
    }
}
