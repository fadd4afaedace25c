package org.cloture.report.pdf;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A {@link JRDataSource} over a list of objects whose template fields are read through explicit
 * extractor functions.
 *
 * <p>Why not {@code JRBeanCollectionDataSource}: it resolves fields as JavaBean properties
 * ({@code getLabel()}), which records do not have; explicit functions also keep the field names the
 * templates rely on visible in Java and fail loudly on a typo.
 */
final class FieldMappingDataSource<T> implements JRRewindableDataSource {

    private final List<T> items;
    private final Map<String, Function<T, ?>> extractors;
    private Iterator<T> iterator;
    private T current;

    FieldMappingDataSource(List<T> items, Map<String, Function<T, ?>> extractors) {
        this.items = List.copyOf(items);
        this.iterator = this.items.iterator();
        this.extractors = Map.copyOf(extractors);
    }

    @Override
    public boolean next() {
        if (!iterator.hasNext()) {
            current = null;
            return false;
        }
        current = iterator.next();
        return true;
    }

    /** Rewindable: a subreport in a band kept on one page may be filled again on the next page. */
    @Override
    public void moveFirst() {
        iterator = items.iterator();
        current = null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Function<T, ?> extractor = extractors.get(field.getName());
        if (extractor == null) {
            throw new JRException("No value mapped for template field '" + field.getName()
                    + "'; known fields: " + extractors.keySet());
        }
        return extractor.apply(current);
    }
}
