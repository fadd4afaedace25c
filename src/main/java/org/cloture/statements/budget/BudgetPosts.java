package org.cloture.statements.budget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloture.ingest.cells.Texts;
import org.cloture.statements.StatementLayout;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which compte de résultat lines a budget post means: by its account prefix, else by its label
 * ({@code statements/budget-posts.yml}, then the layout's own labels and codes). A post may mean several lines
 * (« 64 », « Charges de personnel »): it is then compared with their sum.
 */
public final class BudgetPosts {

    static final String RESOURCE = "/statements/budget-posts.yml";

    /** Normalised wording → line codes. */
    private final Map<String, List<String>> wordings;

    BudgetPosts(Map<String, List<String>> wordings) {
        this.wordings = Map.copyOf(wordings);
    }

    @SuppressWarnings("unchecked")
    public static BudgetPosts standard() {
        try (InputStream input = BudgetPosts.class.getResourceAsStream(RESOURCE)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            Map<String, List<String>> wordings = new HashMap<>();
            for (Map<String, Object> post : (List<Map<String, Object>>) root.get("posts")) {
                List<String> lines = ((List<Object>) post.get("lines")).stream().map(String::valueOf).toList();
                for (Object wording : (List<Object>) post.get("wordings")) {
                    wordings.putIfAbsent(Texts.key(String.valueOf(wording)), lines);
                }
            }
            return new BudgetPosts(wordings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Where a row goes: the line codes it means (empty when none), and why when it cannot be placed. */
    public record Placement(List<String> lines, Problem problem) {

        public enum Problem { NONE, UNMAPPED, BOTH_SIDES }

        public boolean placed() {
            return problem == Problem.NONE;
        }
    }

    public Placement place(BudgetRow row, BudgetLayout layout) {
        if (row.account() != null) {
            Set<String> reached = byAccount(normalised(row.account()), layout);
            if (!reached.isEmpty()) {
                return checked(List.copyOf(reached), layout);
            }
        }
        if (row.label() != null) {
            Optional<List<String>> byLabel = byLabel(row.label(), layout);
            if (byLabel.isPresent()) {
                return checked(byLabel.get(), layout);
            }
        }
        return new Placement(List.of(), Placement.Problem.UNMAPPED);
    }

    /** A post on both sides (« 8 ») cannot be compared with anything. */
    private static Placement checked(List<String> lines, BudgetLayout layout) {
        long sides = lines.stream().map(layout::isIncome).distinct().count();
        return sides > 1 ? new Placement(lines, Placement.Problem.BOTH_SIDES)
                : new Placement(layout.inOrder(lines), Placement.Problem.NONE);
    }

    /** « 606000 » is 606, « 740000 » is 74: a FEC-style number's trailing zeros add nothing to the prefix. */
    static String normalised(String account) {
        String digits = account;
        while (digits.length() > 2 && digits.endsWith("0")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        return digits;
    }

    /**
     * The line that owns the prefix; else the lines any account under it can reach: those with a prefix under
     * it, and the line its own accounts would go to (longest prefix).
     */
    private static Set<String> byAccount(String prefix, BudgetLayout layout) {
        Set<String> owners = new LinkedHashSet<>();
        for (StatementLayout.Line line : layout.lines()) {
            if (line.prefixes().contains(prefix)) {
                owners.add(line.code());
            }
        }
        if (!owners.isEmpty()) {
            return owners;
        }
        Set<String> reached = new LinkedHashSet<>();
        StatementLayout.Line longest = null;
        int longestLength = 0;
        for (StatementLayout.Line line : layout.lines()) {
            for (String linePrefix : line.prefixes()) {
                if (linePrefix.startsWith(prefix)) {
                    reached.add(line.code());
                }
                if (prefix.startsWith(linePrefix) && linePrefix.length() > longestLength) {
                    longest = line;
                    longestLength = linePrefix.length();
                }
            }
        }
        if (longest != null) {
            reached.add(longest.code());
        }
        return reached;
    }

    private Optional<List<String>> byLabel(String label, BudgetLayout layout) {
        String key = Texts.key(label);
        List<String> listed = wordings.get(key);
        if (listed != null) {
            List<String> known = listed.stream().filter(layout::has).toList();
            if (!known.isEmpty()) {
                return Optional.of(known);
            }
        }
        List<String> found = new ArrayList<>();
        for (StatementLayout.Line line : layout.lines()) {
            if (Texts.key(line.label()).equals(key) || Texts.key(line.code()).equals(key)) {
                found.add(line.code());
                break;
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }
}
