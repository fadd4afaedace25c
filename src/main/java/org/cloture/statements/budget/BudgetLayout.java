package org.cloture.statements.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloture.statements.StatementLayout;

/**
 * The lines of a compte de résultat a budget can name, in print order: the lines fed by accounts (not the
 * « dont » parts), then the contributions in kind, resources (87) and their uses (86). Each is income or expense.
 */
public final class BudgetLayout {

    private final List<StatementLayout.Line> lines = new ArrayList<>();
    private final Map<String, Boolean> income = new HashMap<>();
    private final Map<String, Boolean> inKind = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    public BudgetLayout(StatementLayout layout) {
        for (StatementLayout.Group group : layout.incomeGroups()) {
            for (StatementLayout.Line line : group.lines()) {
                if (!line.isPart()) {
                    add(line, group.nature() == StatementLayout.Nature.INCOME, false);
                }
            }
        }
        layout.inKindIncome().forEach(line -> add(line, true, true));
        layout.inKindExpenses().forEach(line -> add(line, false, true));
    }

    private void add(StatementLayout.Line line, boolean isIncome, boolean isInKind) {
        order.put(line.code(), lines.size());
        lines.add(line);
        income.put(line.code(), isIncome);
        inKind.put(line.code(), isInKind);
    }

    public List<StatementLayout.Line> lines() {
        return List.copyOf(lines);
    }

    public boolean has(String code) {
        return order.containsKey(code);
    }

    public boolean isIncome(String code) {
        return income.getOrDefault(code, false);
    }

    public boolean isInKind(String code) {
        return inKind.getOrDefault(code, false);
    }

    public String label(String code) {
        return lines.get(order.get(code)).label();
    }

    int position(String code) {
        return order.getOrDefault(code, Integer.MAX_VALUE);
    }

    List<String> inOrder(List<String> codes) {
        return codes.stream().distinct().sorted(Comparator.comparingInt(this::position)).toList();
    }
}
