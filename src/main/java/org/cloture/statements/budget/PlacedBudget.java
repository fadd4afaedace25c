package org.cloture.statements.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cloture.money.Amounts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/**
 * The budget rows placed on the compte de résultat: each row's lines, and the posts compared with the accounts.
 * A post is a set of lines compared together; rows whose lines overlap (« 64 » one year, « 641 » and « 645 »
 * the other) join one post, so that both years and the accounts line up.
 */
public final class PlacedBudget {

    private final BudgetLayout layout;
    private final List<Placed> rows;
    private final List<Finding> findings;
    /** Each line code → the post (its codes, in print order) it belongs to. */
    private final Map<String, List<String>> postOf;

    /** A row and the lines it means. */
    public record Placed(BudgetRow row, List<String> lines) {
    }

    private PlacedBudget(BudgetLayout layout, List<Placed> rows, List<Finding> findings) {
        this.layout = layout;
        this.rows = List.copyOf(rows);
        this.findings = List.copyOf(findings);
        this.postOf = posts(rows, layout);
    }

    /** Places every row; a row that maps to no line, or to both charges and produits, is a blocking finding. */
    public static PlacedBudget place(List<BudgetRow> rows, BudgetLayout layout, BudgetPosts posts) {
        List<Placed> placed = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (BudgetRow row : rows) {
            BudgetPosts.Placement placement = posts.place(row, layout);
            switch (placement.problem()) {
                case NONE -> placed.add(new Placed(row, placement.lines()));
                case UNMAPPED -> findings.add(Finding.of(CheckId.BUDGET_LINE_UNMAPPED, row.location(), row.name(),
                        row.name()));
                case BOTH_SIDES -> findings.add(Finding.of(CheckId.BUDGET_LINE_AMBIGUOUS, row.location(), row.name(),
                        row.name(), row.account(), String.join(", ", placement.lines().stream().map(layout::label).toList())));
            }
        }
        return new PlacedBudget(layout, placed, findings);
    }

    /** Overlapping rows join one post (union of their lines, to a fixed point: posts are few). */
    private static Map<String, List<String>> posts(List<Placed> rows, BudgetLayout layout) {
        List<Set<String>> groups = new ArrayList<>();
        for (Placed row : rows) {
            Set<String> merged = new TreeSet<>(row.lines());
            groups.removeIf(group -> {
                boolean overlaps = group.stream().anyMatch(merged::contains);
                if (overlaps) {
                    merged.addAll(group);
                }
                return overlaps;
            });
            groups.add(merged);
        }
        Map<String, List<String>> postOf = new HashMap<>();
        for (Set<String> group : groups) {
            List<String> ordered = layout.inOrder(List.copyOf(group));
            ordered.forEach(code -> postOf.put(code, ordered));
        }
        return postOf;
    }

    public List<Finding> findings() {
        return findings;
    }

    public BudgetLayout layout() {
        return layout;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The years some row budgets, in order. */
    public Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        rows.forEach(placed -> years.addAll(placed.row().amounts().keySet()));
        return years;
    }

    /** The post a line belongs to: its own code alone when no budget row names it. */
    List<String> postOf(String code) {
        return postOf.getOrDefault(code, List.of(code));
    }

    /** A year's budget per post (keyed by the post's first line code), the rows without an amount that year left out. */
    Map<String, BigDecimal> amounts(int year) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (Placed placed : rows) {
            BigDecimal amount = placed.row().amounts().get(year);
            if (amount != null) {
                amounts.merge(postOf(placed.lines().get(0)).get(0), Amounts.roundedToCent(amount), BigDecimal::add);
            }
        }
        return amounts;
    }

    /** Where the budget was read, for a finding about it as a whole. */
    String file() {
        return rows.isEmpty() ? null : rows.get(0).row().location().file();
    }
}
