package org.cloture.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cloture.statements.StatementLayout.BalanceGroup;
import org.cloture.statements.StatementLayout.BalanceLine;
import org.cloture.statements.StatementLayout.BalanceSign;
import org.cloture.statements.StatementLayout.Group;
import org.cloture.statements.StatementLayout.Line;
import org.cloture.statements.StatementLayout.Nature;
import org.cloture.statements.StatementLayout.Result;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a statement layout resource (YAML) into a {@link StatementLayout}. */
public final class StatementLayoutLoader {

    public static final String ANC_2018_06 = "statements/anc-2018-06.yml";
    /** Fiscal years opened from 1 January 2025: ANC 2018-06 as amended after the PCG modernisation (ANC 2022-06). */
    public static final String ANC_2025 = "statements/anc-2025.yml";

    private StatementLayoutLoader() {
    }

    public static StatementLayout anc2018() {
        return fromClasspath(ANC_2018_06);
    }

    public static StatementLayout anc2025() {
        return fromClasspath(ANC_2025);
    }

    /**
     * The layout a resource describes, read once per process: a layout is immutable, and reading one costs a YAML
     * parse (the start of every command and every PDF's financial tables ask for the standard ones).
     */
    public static StatementLayout fromClasspath(String resource) {
        return READ.computeIfAbsent(resource, name -> parse(name, yaml(name)));
    }

    private static final Map<String, StatementLayout> READ = new java.util.concurrent.ConcurrentHashMap<>();

    static Map<String, Object> yaml(String resource) {
        try (InputStream input = StatementLayoutLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("Statement layout not found on the classpath: " + resource);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StatementLayout parse(String name, Map<String, Object> root) {
        Map<String, Object> income = map(root.get("incomeStatement"));
        Map<String, Object> inKind = map(root.get("inKind"));
        Map<String, Object> balance = map(root.get("balanceSheet"));
        Object renumbering = root.get("renumbering");
        return new StatementLayout(name, text(root, "title"), LocalDate.parse(text(root, "appliesFrom")),
                list(income.get("groups")).stream().map(StatementLayoutLoader::group).toList(),
                list(income.get("results")).stream().map(StatementLayoutLoader::result).toList(),
                list(inKind.get("income")).stream().map(StatementLayoutLoader::line).toList(),
                list(inKind.get("expenses")).stream().map(StatementLayoutLoader::line).toList(),
                list(balance.get("assets")).stream().map(StatementLayoutLoader::balanceGroup).toList(),
                list(balance.get("liabilities")).stream().map(StatementLayoutLoader::balanceGroup).toList(),
                list(root.get("accountChecks")).stream().map(StatementLayoutLoader::accountCheck).toList(),
                renumbering == null ? AccountRenumbering.NONE : AccountRenumbering.fromClasspath(renumbering.toString()));
    }

    private static StatementLayout.AccountCheck accountCheck(Object node) {
        Map<String, Object> check = map(node);
        return new StatementLayout.AccountCheck(text(check, "check"), strings(check.get("prefixes")),
                strings(check.get("except")), sign(check.get("when")));
    }

    private static BalanceSign sign(Object when) {
        return when == null ? BalanceSign.ANY : BalanceSign.valueOf(when.toString().toUpperCase(Locale.ROOT));
    }

    private static Group group(Object node) {
        Map<String, Object> group = map(node);
        List<Line> lines = list(group.get("lines")).stream().map(StatementLayoutLoader::line).toList();
        String parent = null;
        for (Line line : lines) {
            // A "dont" line is printed right under its parent: the nearest ordinary line above it.
            if (line.isPart() && !line.partOf().equals(parent)) {
                throw new IllegalStateException("Statement layout: line " + line.code() + " is part of "
                        + line.partOf() + ", which is not the ordinary line right above it");
            }
            parent = line.isPart() ? parent : line.code();
        }
        return new Group(text(group, "code"), text(group, "label"),
                Nature.valueOf(text(group, "nature").toUpperCase(Locale.ROOT)), lines);
    }

    private static Line line(Object node) {
        Map<String, Object> line = map(node);
        Object partOf = line.get("partOf");
        return new Line(text(line, "code"), text(line, "label"), strings(line.get("prefixes")),
                Boolean.TRUE.equals(line.get("details")), partOf == null ? null : partOf.toString(),
                Boolean.TRUE.equals(line.get("detailsNamePeople")));
    }

    private static Result result(Object node) {
        Map<String, Object> result = map(node);
        return new Result(text(result, "code"), text(result, "label"), text(result, "after"),
                strings(result.get("plus")), strings(result.get("minus")));
    }

    private static BalanceGroup balanceGroup(Object node) {
        Map<String, Object> group = map(node);
        return new BalanceGroup(text(group, "code"), text(group, "label"),
                list(group.get("lines")).stream().map(StatementLayoutLoader::balanceLine).toList());
    }

    private static BalanceLine balanceLine(Object node) {
        Map<String, Object> line = map(node);
        List<String> gross = line.containsKey("gross") ? strings(line.get("gross")) : strings(line.get("accounts"));
        return new BalanceLine(text(line, "code"), text(line, "label"), gross, strings(line.get("depreciation")),
                sign(line.get("when")), Boolean.TRUE.equals(line.get("result")), strings(line.get("anySign")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (!(node instanceof Map)) {
            throw new IllegalStateException("Statement layout: a mapping was expected, found " + node);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }

    private static List<String> strings(Object node) {
        return list(node).stream().map(String::valueOf).toList();
    }

    static String text(Map<String, Object> node, String key) {
        Object value = node.get(key);
        if (value == null) {
            throw new IllegalStateException("Statement layout: missing '" + key + "' in " + node);
        }
        return value.toString();
    }
}
