package org.cloture.ingest.table;

/**
 * Builds one record from a data row. Problems go to the reader; when it ends up rejected the
 * returned value is ignored, so a mapper may return null then.
 */
public interface RowMapper<T> {

    T map(FieldReader row);
}
