package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.DateParser;
import org.cloture.ingest.cells.Texts;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Known export layouts ({@code ingest/headerless-layouts.yml}) that a file saved without its header row is
 * matched against by content, and the test of whether a first row holds data rather than headers.
 */
final class HeaderlessLayouts {

    /** Share of a typed column's filled cells that must hold its type. */
    private static final double AGREEMENT = 0.8;
    private static final int MIN_EVIDENCED_COLUMNS = 4;
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{4,5}|[0-9][0-9AB]\\d{3}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .\\-]{7,17}");

    /** One known layout: the headers it would have, and the type of each column. */
    record Layout(String name, List<String> headers, List<String> types) {
    }

    private static final List<Layout> LAYOUTS = load();

    private HeaderlessLayouts() {
    }

    /** The known layout whose columns these rows fill with the right kinds of values, if any. */
    static Optional<Layout> matching(List<RawRow> rows) {
        List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
        if (filled.isEmpty()) {
            return Optional.empty();
        }
        return LAYOUTS.stream().filter(layout -> fits(layout, filled)).findFirst();
    }

    /** The synthetic header row of a layout, numbered 0: no row of the file holds it. */
    static RawRow headerRow(Layout layout, String sheet) {
        return new RawRow(sheet, 0, layout.headers().stream().map(RawCell::ofText).toList());
    }

    /**
     * Whether a row reads as data rather than headers: most of its filled cells are numbers, dates, amounts or
     * e-mail addresses, which no header is.
     */
    static boolean looksLikeData(RawRow row) {
        List<RawCell> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (cells.size() < 2) {
            return false;
        }
        long values = cells.stream().filter(HeaderlessLayouts::isValue).count();
        return values * 2 >= cells.size();
    }

    private static boolean isValue(RawCell cell) {
        if (cell.isNumeric() || cell.isDateFormatted()) {
            return true;
        }
        String text = Texts.clean(cell.text());
        return text != null && (DateParser.parse(text).isPresent() || AmountParser.parse(text).isPresent()
                || EMAIL.matcher(text).matches());
    }

    private static boolean fits(Layout layout, List<RawRow> rows) {
        int columns = layout.headers().size();
        boolean sameWidth = rows.stream().allMatch(r -> lastFilled(r) < columns && r.cells().size() <= columns + 1);
        if (!sameWidth) {
            return false;
        }
        int evidenced = 0;
        for (int column = 0; column < columns; column++) {
            Predicate<String> type = type(layout.types().get(column));
            if (type == null) {
                continue;
            }
            int filled = 0;
            int agreeing = 0;
            for (RawRow row : rows) {
                RawCell cell = row.cell(column);
                String text = cell.isNumeric() ? cell.number().stripTrailingZeros().toPlainString() : Texts.clean(cell.text());
                if (text != null) {
                    filled++;
                    agreeing += type.test(text) ? 1 : 0;
                }
            }
            if (agreeing < AGREEMENT * filled) {
                return false;
            }
            evidenced += filled > 0 ? 1 : 0;
        }
        // An empty column proves nothing: enough typed columns must hold their type.
        return evidenced >= MIN_EVIDENCED_COLUMNS;
    }

    private static int lastFilled(RawRow row) {
        for (int i = row.cells().size() - 1; i >= 0; i--) {
            if (!row.cells().get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Null for « any »: the column is not looked at. */
    private static Predicate<String> type(String name) {
        return switch (name) {
            case "integer" -> t -> INTEGER.matcher(t).matches();
            case "email" -> t -> EMAIL.matcher(t).matches();
            case "postalCode" -> t -> POSTAL_CODE.matcher(t).matches();
            case "phone" -> t -> PHONE.matcher(t).matches();
            case "date" -> t -> DateParser.parse(t).isPresent();
            case "text" -> t -> DateParser.parse(t).isEmpty() && AmountParser.parse(t).isEmpty() && !EMAIL.matcher(t).matches();
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Layout> load() {
        try (InputStream in = HeaderlessLayouts.class.getResourceAsStream("/ingest/headerless-layouts.yml")) {
            List<Map<String, Object>> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return root.stream().map(m -> new Layout(String.valueOf(m.get("name")),
                    ((List<Object>) m.get("headers")).stream().map(String::valueOf).toList(),
                    ((List<Object>) m.get("types")).stream().map(String::valueOf).toList())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
