package org.cloture.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.Amounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden statements of the demo years: the canonical text of each statement (one row per line: code, label,
 * amounts N and N-1) against reviewed files in src/test/resources/golden/. Each year in the presentation of its
 * opening date: 2022–2024 in ANC 2018-06, 2025 in the amended presentation with its 2024 column restated (and
 * the restatement itself as a reviewed text). The FEC is read here with a
 * plain tab split, independently of the ingest stage. To rewrite the files after a reviewed change, run with
 * -Dgolden.update=true and review the diff before committing.
 */
class GoldenStatementsTest {

    private static final Path INPUT = Path.of("input");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final StatementLayouts LAYOUTS = StatementLayouts.standard();

    static Stream<Arguments> statements() {
        List<Arguments> cases = new ArrayList<>();
        for (int year : new int[] {2022, 2023, 2024, 2025}) {
            for (String statement : new String[] {"compte-de-resultat", "cvn", "bilan-actif", "bilan-passif"}) {
                cases.add(Arguments.of(year, statement));
            }
        }
        cases.add(Arguments.of(2025, "retraitement"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("statements")
    void demoStatementMatchesItsReviewedText(int year, String statement) throws IOException {
        String actual = canonical(statementsOf(year), statement);
        Path golden = GOLDEN.resolve(year + "-" + statement + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file missing: run with -Dgolden.update=true, then review it").exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(diff(golden, expected, actual));
        }
    }

    static Statements statementsOf(int year) throws IOException {
        AssociationConfig config = AssociationConfigLoader.load(INPUT).config();
        TrialBalance current = fec(year);
        TrialBalance previous = Files.isDirectory(INPUT.resolve(Integer.toString(year - 1))) ? fec(year - 1) : null;
        return LAYOUTS.compute(year, config.fiscalYearStartOf(year), current, inKind(config, year),
                config.fiscalYearStartOf(year - 1), previous, inKind(config, year - 1));
    }

    private static List<AccountBalance> inKind(AssociationConfig config, int year) {
        List<AccountBalance> balances = new ArrayList<>();
        for (AssociationConfig.InKindItem item : config.year(year).inKind()) {
            balances.add(new AccountBalance(item.account(), null, item.label(), item.amount(), Amounts.ZERO));
            balances.add(new AccountBalance("871", null, item.label(), Amounts.ZERO, item.amount()));
        }
        return balances;
    }

    /** The demo FEC of a year, read with a plain tab split (columns of article A47 A-1). */
    static TrialBalance fec(int year) throws IOException {
        List<LedgerLine> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(INPUT.resolve(Integer.toString(year)))) {
            for (Path file : files.filter(path -> path.getFileName().toString().contains("FEC")).toList()) {
                lines.addAll(fecLines(file));
            }
        }
        return TrialBalance.of(lines);
    }

    static List<LedgerLine> fecLines(Path file) throws IOException {
        List<LedgerLine> lines = new ArrayList<>();
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            lines.add(new LedgerLine(f[0], f[2], LocalDate.parse(f[3], java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                    f[4], f[5], f[6].isEmpty() ? null : f[6], f[10], decimal(f[11]), decimal(f[12]), null));
        }
        return lines;
    }

    private static BigDecimal decimal(String text) {
        return Amounts.exact(new BigDecimal(text.replace(',', '.')));
    }

    static String canonical(Statements statements, String statement) {
        StringBuilder text = new StringBuilder();
        IncomeStatement income = statements.incomeStatement();
        BalanceSheet bilan = statements.balanceSheet();
        switch (statement) {
            case "compte-de-resultat" -> income.lines().forEach(line -> incomeLine(text, line));
            case "cvn" -> {
                income.inKindIncome().forEach(line -> incomeLine(text, line));
                text.append("inKindIncome | Total des ressources | ").append(amounts(income.inKindIncomeTotal(),
                        income.previousInKindIncomeTotal())).append('\n');
                income.inKindExpenses().forEach(line -> incomeLine(text, line));
                text.append("inKindExpenses | Total des emplois | ").append(amounts(income.inKindExpensesTotal(),
                        income.previousInKindExpensesTotal())).append('\n');
            }
            case "bilan-actif" -> bilan.assets().forEach(line -> balanceLine(text, line));
            case "bilan-passif" -> bilan.liabilities().forEach(line -> balanceLine(text, line));
            case "retraitement" -> {
                ComparativeRestatement note = statements.comparative();
                text.append(note.summary()).append('\n');
                for (ComparativeRestatement.Move move : note.moves()) {
                    text.append(move.oldAccount()).append(" → ").append(move.newAccount()).append(" | ")
                            .append(move.oldMeaning()).append(" | ").append(move.oldLine()).append(" → ")
                            .append(move.newLine()).append(" | ").append(move.amount().toPlainString())
                            .append(move.fallback() ? " | sans équivalent direct" : "").append('\n');
                }
            }
            default -> throw new IllegalArgumentException(statement);
        }
        return text.toString();
    }

    private static void incomeLine(StringBuilder text, StatementLine line) {
        text.append(line.kind() == StatementLine.Kind.PART ? "  " : "").append(line.code()).append(" | ")
                .append(line.label());
        if (line.kind() != StatementLine.Kind.HEADING) {
            text.append(" | ").append(amounts(line.amount(), line.previous()));
        }
        if (line.basis() != null) {
            text.append(" | base : ").append(line.basis());
        }
        text.append('\n');
        if (line.details() != null) {
            for (StatementLine.Detail detail : line.details()) {
                text.append("    ").append(detail.account()).append(" | ").append(detail.label()).append(" | ")
                        .append(amounts(detail.amount(), detail.previous())).append('\n');
            }
        }
    }

    private static void balanceLine(StringBuilder text, BalanceSheetLine line) {
        text.append(line.code()).append(" | ").append(line.label());
        if (line.kind() != BalanceSheetLine.Kind.HEADING) {
            text.append(" | brut ").append(line.gross().toPlainString())
                    .append(" | amort ").append(line.depreciation().toPlainString())
                    .append(" | net ").append(line.net().toPlainString())
                    .append(" | N-1 ").append(line.previous() == null ? "—" : line.previous().toPlainString());
        }
        text.append('\n');
    }

    private static String amounts(BigDecimal amount, BigDecimal previous) {
        return "N " + amount.toPlainString() + " | N-1 " + (previous == null ? "—" : previous.toPlainString());
    }

    /** Every differing line with its number, expected then actual: readable in a test report. */
    private static String diff(Path golden, String expected, String actual) {
        List<String> left = expected.lines().toList();
        List<String> right = actual.lines().toList();
        StringBuilder message = new StringBuilder("Statement differs from ").append(golden)
                .append(" (run with -Dgolden.update=true to rewrite it, then review the diff):\n");
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String was = i < left.size() ? left.get(i) : "<none>";
            String now = i < right.size() ? right.get(i) : "<none>";
            if (!was.equals(now)) {
                message.append(String.format("line %d%n  - %s%n  + %s%n", i + 1, was, now));
            }
        }
        return message.toString();
    }
}
