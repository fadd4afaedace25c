package org.cloture.report.pdf;

import net.sf.jasperreports.engine.JRDataSource;

/**
 * Gives a template a fresh data source each time it asks. A band that does not fit at the bottom of a page is
 * filled again on the next one: a data source handed over as a field value would then already be consumed.
 */
@FunctionalInterface
public interface DataFactory {

    JRDataSource create();
}
