package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.cloture.statements.budget.BudgetRow;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A budget laid out as the CERFA n°12156 lays it (« budget prévisionnel de l'association », « budget de
 * l'action »): the charges on the left columns and the produits on the right columns of the same rows, each
 * side a heading per account (« 60 - Achats », or « Achats » alone) followed by its details (« Locations »,
 * « État : … »), then « TOTAL DES CHARGES » / « TOTAL DES PRODUITS », and the contributions in kind (86/87).
 *
 * <p>Each side is read on its own. A heading and its details make one budget post: the heading's amount when it
 * has one, else the sum of its details; details numbered under the heading (860, 864 under 86) are posts of
 * their own when the heading adds nothing to them. A heading whose amount is not the sum of its details, and a
 * total that is not the sum of the posts above it, are findings: the form contradicts itself, and the treasurer
 * must say which figure is right. « dont … » rows are a part of their heading, never added.
 */
final class SideBySideBudget {

    private static final String RESOURCE = "/ingest/cerfa-12156-budget.yml";
    private static final Pattern LEADING_ACCOUNT = Pattern.compile(
            "^\\s*(?:(?:compte|cpte|c)\\s*/?\\s*)?(\\d{2,6})\\b\\s*[-–—:.)]*\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARGES = Pattern.compile("^(total\\s+des\\s+)?(charges|depenses|emplois)\\b.*");
    private static final Pattern PRODUITS = Pattern.compile("^(total\\s+des\\s+)?(produits|recettes|ressources)\\b.*");
    private static final Pattern TOTAL = Pattern.compile("^(sous[- ]?)?total\\b.*");
    private static final Pattern RESULT = Pattern.compile(
            "^(resultat|excedent|deficit|insuffisance|benefice|perte|solde)\\b.*");
    private static final Pattern PART_OF = Pattern.compile("^dont\\b.*");
    /** Sheets of a budget are short; a bound keeps a hostile file from being held whole in memory. */
    private static final int MAX_ROWS = 2_000;

    private static final Map<String, String> HEADINGS = headings();

    /** Where the two sides are: each side's label column and its year → amount column. */
    record Layout(int headerRow, Side charges, Side produits) {
    }

    record Side(String name, int labelFrom, int labelTo, Map<Integer, Integer> amountByYear) {
    }

    private SideBySideBudget() {
    }

    /** The columns of « CHARGES » and « PRODUITS » when this row is such a header row. */
    static Optional<int[]> headerColumns(RawRow row) {
        int charges = -1;
        for (int column = 0; column < row.cells().size(); column++) {
            String folded = Texts.folded(row.cell(column).text()).strip();
            if (charges < 0 && CHARGES.matcher(folded).matches() && !folded.startsWith("total")) {
                charges = column;
            } else if (charges >= 0 && PRODUITS.matcher(folded).matches() && !folded.startsWith("total")) {
                return column > charges + 1 ? Optional.of(new int[]{charges, column}) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The layout, from the header row and the rows below it (amount columns without a header are found by their
     * numbers: forms merge cells freely); empty when a side has no amount column or no year can be given to it.
     */
    static Optional<Layout> layout(RawRow header, int[] columns, List<RawRow> rows, Integer contextYear) {
        int width = Math.max(header.cells().size(), rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
        Optional<Side> charges = side("charges", header, rows, columns[0], columns[1], contextYear);
        Optional<Side> produits = side("produits", header, rows, columns[1], width, contextYear);
        if (charges.isEmpty() || produits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Layout(header.rowNumber(), charges.get(), produits.get()));
    }

    private static Optional<Side> side(String name, RawRow header, List<RawRow> rows, int from, int to,
                                       Integer contextYear) {
        List<String> headers = new ArrayList<>();
        for (int column = from + 1; column < to; column++) {
            headers.add(Texts.clean(header.cell(column).text()) == null ? "" : Texts.clean(header.cell(column).text()));
        }
        Map<Integer, Integer> years = new TreeMap<>();
        BudgetYearColumns.of(headers, contextYear).forEach((year, index) -> years.put(year, from + 1 + index));
        if (years.isEmpty() && contextYear != null) {
            numericColumn(rows, from + 1, to).ifPresent(column -> years.put(contextYear, column));
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int firstAmount = years.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        return Optional.of(new Side(name, from, firstAmount, years));
    }

    /** The column of [from, to) with the most amounts in it, if any has one. */
    private static Optional<Integer> numericColumn(List<RawRow> rows, int from, int to) {
        int best = -1;
        int most = 0;
        for (int column = from; column < to; column++) {
            int count = 0;
            for (RawRow row : rows) {
                if (amount(row.cell(column)) != null) {
                    count++;
                }
            }
            if (count > most) {
                most = count;
                best = column;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** Reads both sides of the rows below the header; returns the data rows met. */
    static int read(Layout layout, List<RawRow> rows, String file, Consumer<BudgetRow> posts,
                    Consumer<Finding> findings) {
        int rowsRead = 0;
        for (RawRow row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            if (!row.isBlank()) {
                rowsRead++;
            }
        }
        new SideReader(layout.charges(), file, posts, findings).read(rows);
        new SideReader(layout.produits(), file, posts, findings).read(rows);
        return rowsRead;
    }

    /** The posts of one side, heading by heading, with the checks of its subtotals and totals. */
    private static final class SideReader {

        private final Side side;
        private final String file;
        private final Consumer<BudgetRow> posts;
        private final Consumer<Finding> findings;
        private Group group;
        /** What the posts of this side add up to since the last total, and since the top. */
        private final Map<Integer, BigDecimal> section = new HashMap<>();
        private final Map<Integer, BigDecimal> all = new HashMap<>();
        /** The totals written so far, added up: a grand total may rest on them. */
        private final Map<Integer, BigDecimal> statedTotals = new HashMap<>();

        SideReader(Side side, String file, Consumer<BudgetRow> posts, Consumer<Finding> findings) {
            this.side = side;
            this.file = file;
            this.posts = posts;
            this.findings = findings;
        }

        void read(List<RawRow> rows) {
            for (RawRow row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
                String label = label(row);
                Map<Integer, BigDecimal> amounts = amounts(row);
                if (label == null) {
                    continue;
                }
                String folded = Texts.folded(label).strip();
                SourceLocation where = SourceLocation.ofRow(file, row.sheet(), row.rowNumber());
                if (TOTAL.matcher(folded).matches() || isSideTotal(folded)) {
                    flush();
                    checkTotal(label, amounts, where);
                    continue;
                }
                if (RESULT.matcher(folded).matches() || PART_OF.matcher(folded).matches()) {
                    continue;
                }
                Matcher numbered = LEADING_ACCOUNT.matcher(label);
                String account = numbered.matches() ? numbered.group(1) : null;
                String text = numbered.matches() ? (numbered.group(2).isBlank() ? null : numbered.group(2).strip())
                        : label.strip();
                String known = text == null ? null : HEADINGS.get(Texts.key(text));
                boolean detail = group != null && (account == null ? known == null
                        : account.length() > group.account.length() && account.startsWith(group.account));
                if (detail) {
                    group.details.add(new Entry(text, account, amounts, where));
                    continue;
                }
                flush();
                String heading = account != null ? account : known;
                if (heading == null) {
                    // A row of its own before any heading (a form filled without one): a post by its label.
                    emit(new Entry(text, null, amounts, where));
                } else {
                    group = new Group(new Entry(text, heading, amounts, where), heading);
                }
            }
            flush();
        }

        /** « TOTAL DES CHARGES » on the left, « TOTAL DES PRODUITS » on the right. */
        private static boolean isSideTotal(String folded) {
            return folded.startsWith("total");
        }

        private String label(RawRow row) {
            List<String> parts = new ArrayList<>();
            for (int column = side.labelFrom(); column < side.labelTo(); column++) {
                String text = Texts.clean(row.cell(column).text());
                if (text != null) {
                    parts.add(text);
                }
            }
            return parts.isEmpty() ? null : String.join(" - ", parts);
        }

        private Map<Integer, BigDecimal> amounts(RawRow row) {
            Map<Integer, BigDecimal> amounts = new TreeMap<>();
            side.amountByYear().forEach((year, column) -> {
                BigDecimal amount = amount(row.cell(column));
                if (amount != null) {
                    amounts.put(year, amount);
                }
            });
            return amounts;
        }

        private void flush() {
            if (group == null) {
                return;
            }
            Group done = group;
            group = null;
            Map<Integer, BigDecimal> detailSum = new TreeMap<>();
            for (Entry detail : done.details) {
                detail.amounts.forEach((year, amount) -> detailSum.merge(year, amount, BigDecimal::add));
            }
            boolean headingAgrees = true;
            for (var stated : done.heading.amounts.entrySet()) {
                BigDecimal sum = detailSum.get(stated.getKey());
                if (sum != null && sum.compareTo(stated.getValue()) != 0) {
                    headingAgrees = false;
                    findings.accept(Finding.of(CheckId.BUDGET_SUBTOTAL_MISMATCH, done.heading.where,
                            stated.getValue().toPlainString(), stated.getKey(), done.heading.name(),
                            FrenchFormat.amount(stated.getValue()), FrenchFormat.amount(sum)));
                }
            }
            boolean detailsOwnAccounts = !done.details.isEmpty() && done.details.stream()
                    .filter(detail -> !detail.amounts.isEmpty()).allMatch(detail -> detail.account != null);
            if (detailsOwnAccounts && headingAgrees && !detailSum.isEmpty()) {
                done.details.stream().filter(detail -> !detail.amounts.isEmpty()).forEach(this::emit);
                return;
            }
            Map<Integer, BigDecimal> amounts = new TreeMap<>(detailSum);
            amounts.putAll(done.heading.amounts);
            emit(new Entry(done.heading.label, done.account, amounts, done.heading.where));
        }

        private void emit(Entry entry) {
            if (entry.amounts.isEmpty() || entry.label == null && entry.account == null) {
                return;
            }
            entry.amounts.forEach((year, amount) -> {
                section.merge(year, amount, BigDecimal::add);
                all.merge(year, amount, BigDecimal::add);
            });
            posts.accept(new BudgetRow(entry.label, entry.account, entry.amounts, entry.where));
        }

        /**
         * A total is the sum of the posts since the last total (a section), of all of them (the whole side), or
         * of the totals written above plus the section (a grand total resting on a wrong subtotal is not a
         * second mistake).
         */
        private void checkTotal(String label, Map<Integer, BigDecimal> stated, SourceLocation where) {
            stated.forEach((year, amount) -> {
                BigDecimal sectionSum = section.getOrDefault(year, BigDecimal.ZERO);
                BigDecimal allSum = all.getOrDefault(year, BigDecimal.ZERO);
                BigDecimal onTotals = statedTotals.getOrDefault(year, BigDecimal.ZERO).add(sectionSum);
                statedTotals.merge(year, amount, BigDecimal::add);
                if (amount.compareTo(sectionSum) != 0 && amount.compareTo(allSum) != 0
                        && amount.compareTo(onTotals) != 0) {
                    findings.accept(Finding.of(CheckId.BUDGET_TOTAL_MISMATCH, where, amount.toPlainString(), year, label,
                            side.name(), FrenchFormat.amount(amount), FrenchFormat.amount(sectionSum)));
                }
            });
            section.clear();
        }
    }

    /** A row of one side: its label without its number, its account, its amounts. */
    private record Entry(String label, String account, Map<Integer, BigDecimal> amounts, SourceLocation where) {

        String name() {
            return label != null ? (account != null ? account + " - " + label : label) : account;
        }
    }

    /** A heading and the details below it. */
    private static final class Group {
        private final Entry heading;
        private final String account;
        private final List<Entry> details = new ArrayList<>();

        Group(Entry heading, String account) {
            this.heading = heading;
            this.account = account;
        }
    }

    private static BigDecimal amount(RawCell cell) {
        if (cell.isNumeric()) {
            return AmountParser.fromNumber(cell.number());
        }
        return cell.isBlank() ? null : AmountParser.parse(cell.text()).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headings() {
        try (InputStream input = SideBySideBudget.class.getResourceAsStream(RESOURCE)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            Map<String, String> headings = new LinkedHashMap<>();
            for (Map<String, Object> heading : (List<Map<String, Object>>) root.get("headings")) {
                String account = String.valueOf(heading.get("account"));
                for (Object wording : (List<Object>) heading.get("wordings")) {
                    headings.putIfAbsent(Texts.key(String.valueOf(wording)), account);
                }
            }
            return Map.copyOf(headings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
