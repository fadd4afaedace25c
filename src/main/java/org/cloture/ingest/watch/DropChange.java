package org.cloture.ingest.watch;

import java.nio.file.Path;

/**
 * A file of the drop folder that changed and has since been stable: to be loaded (or withdrawn when gone).
 *
 * @param year the year folder it is in, or null for {@code association.yml}, which concerns every year
 */
public record DropChange(Path file, Integer year, boolean gone) {
}
