package org.cloture.ingest.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cloture.banking.StatedBalance;
import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.DateParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.table.RawCell;
import org.cloture.ingest.table.RawRow;
import org.cloture.source.SourceLocation;

/**
 * What a bank writes around the operations of a CSV export: the account number, the period, and balances —
 * above the header (Caisse d'Épargne's « Solde en fin de période », La Banque Postale's « Solde (EUROS) »)
 * or below the last operation (Caisse d'Épargne's « Solde en début de période »). A balance without its own
 * date takes the period's (« Date de début / de fin de téléchargement », La Banque Postale's « Date »),
 * failing that the first or last operation's: the balance the bank states is at the edge of what it exported.
 *
 * <p>The accents of these rows are often damaged (U+FFFD), hence the patterns allow a damaged letter.
 */
final class StatementFrame {

    private static final Pattern ACCOUNT = Pattern.compile(
            "(?:num.{0,2}ro|n°|no|n\\.)\\s*(?:de\\s+)?(?:compte|cpte)\\s*:?\\s*([0-9a-z]{5,34})");
    private static final Pattern ACCOUNT_AFTER_NAME = Pattern.compile(
            "\\bcompte\\b[^;:]{0,40}?\\bn(?:°|o|um(?:e|.)?ro)\\s*:?\\s*([0-9a-z]{5,34})");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2}))\\b");
    private static final Pattern START = Pattern.compile("d.{0,2}but|ancien|initial|ouverture|pr.{0,2}c.{0,2}dent");
    private static final Pattern END = Pattern.compile("\\bfin\\b|nouveau|final|cl.{0,2}ture|\\bau\\b");
    private static final Pattern DATE_ROW = Pattern.compile("^\\s*date\\b");
    private static final Pattern TRAILING_AMOUNT = Pattern.compile(
            ":\\s*([-+]?\\d{1,3}(?:[ .\\u00a0\\u202f]?\\d{3})*(?:,\\d{1,2})?)\\s*(?:€|eur|euros)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private String account;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate stated;
    private final List<PendingBalance> balances = new ArrayList<>();

    /** A row outside the operations table: notes its account, dates or balance. */
    void read(RawRow row, String file) {
        String joined = row.cells().stream().map(RawCell::text).map(String::strip).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" "));
        String folded = Texts.folded(joined);
        if (this.account == null) {
            // « Numéro de compte : 04123456789 », or « Compte de Dépôt Associations n° 12345678901 »
            Matcher account = ACCOUNT.matcher(folded);
            Matcher named = ACCOUNT_AFTER_NAME.matcher(folded);
            if (account.find()) {
                this.account = account.group(1).toUpperCase(Locale.ROOT);
            } else if (named.find()) {
                this.account = named.group(1).toUpperCase(Locale.ROOT);
            }
        }
        if (folded.contains("solde")) {
            Optional<LocalDate> date = firstDate(folded);
            lastAmount(row).ifPresent(amount -> balances.add(new PendingBalance(
                    START.matcher(folded).find() ? StatedBalance.Timing.OPENING : StatedBalance.Timing.CLOSING,
                    date.orElse(null), amount, SourceLocation.ofRow(file, row.sheet(), row.rowNumber()))));
            return;
        }
        // « Date de début de téléchargement : 28/11/2020;Date de fin de téléchargement : 30/11/2020 »: each date
        // is named by the words just before it.
        Matcher dates = DATE.matcher(folded);
        int from = 0;
        while (dates.find()) {
            String words = folded.substring(from, dates.start());
            from = dates.end();
            Optional<LocalDate> day = DateParser.parse(dates.group(1));
            if (day.isEmpty()) {
                continue;
            }
            if (START.matcher(words).find()) {
                periodStart = day.get();
            } else if (END.matcher(words).find()) {
                periodEnd = day.get();
            } else if (DATE_ROW.matcher(words).find()) {
                stated = day.get();
            }
        }
    }

    /** The account the rows name, or null. */
    String account() {
        return account;
    }

    boolean hasBalances() {
        return !balances.isEmpty();
    }

    /**
     * The balances, each dated: its own date, the period's, else the first (opening) or last (closing)
     * operation's; a balance that cannot be dated at all is left out.
     */
    List<StatedBalance> balances(String accountId, LocalDate firstOperation, LocalDate lastOperation) {
        List<StatedBalance> dated = new ArrayList<>();
        for (PendingBalance balance : balances) {
            LocalDate date = balance.date;
            if (date == null) {
                date = balance.timing == StatedBalance.Timing.OPENING
                        ? firstNonNull(periodStart, firstOperation)
                        : firstNonNull(periodEnd, stated, lastOperation);
            }
            if (date != null) {
                dated.add(new StatedBalance(accountId, date, balance.timing, balance.amount, balance.location));
            }
        }
        return dated;
    }

    private static LocalDate firstNonNull(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static Optional<LocalDate> firstDate(String text) {
        Matcher matcher = DATE.matcher(text);
        return matcher.find() ? DateParser.parse(matcher.group(1)) : Optional.empty();
    }

    /**
     * The balance is the last cell of its row that reads as an amount (« Solde (EUROS) ;+1234,56 »), or the
     * amount that ends the cell naming it (« Solde au 31/12/2023 : 1 234,56 € »).
     */
    private static Optional<BigDecimal> lastAmount(RawRow row) {
        for (int column = row.cells().size() - 1; column >= 0; column--) {
            String text = row.cell(column).text();
            if (Texts.isBlank(text)) {
                continue;
            }
            if (!Texts.folded(text).contains("solde")) {
                Optional<BigDecimal> amount = AmountParser.parse(text);
                if (amount.isPresent()) {
                    return amount;
                }
                continue;
            }
            Matcher trailing = TRAILING_AMOUNT.matcher(text.strip());
            if (trailing.find()) {
                return AmountParser.parse(trailing.group(1));
            }
        }
        return Optional.empty();
    }

    private record PendingBalance(StatedBalance.Timing timing, LocalDate date, BigDecimal amount,
                                  SourceLocation location) {
    }
}
