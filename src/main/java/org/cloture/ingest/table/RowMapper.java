package org.cloture.ingest.table;

import java.util.List;

import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Builds one record from a data row. Problems go to the reader; when it ends up rejected the
 * returned value is ignored, so a mapper may return null then.
 */
public interface RowMapper<T> {

    T map(FieldReader row);

    /** What the mapper has to say about the whole sheet once its last row is read (a default it applied). */
    default List<Finding> finish(SourceLocation sheet) {
        return List.of();
    }
}
