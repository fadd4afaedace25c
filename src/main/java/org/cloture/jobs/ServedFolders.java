package org.cloture.jobs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@code cloture serve} serves, for the web page: the data directory, and the running
 * {@link DropFolderService} whose one job thread the page's uploads and runs go through. The service is
 * attached once started; until then (the first second of start-up) the page answers that it is starting.
 */
public final class ServedFolders {

    private final Path input;
    private final Path reports;
    private final Path data;
    private final AtomicReference<DropFolderService> service = new AtomicReference<>();

    public ServedFolders(Path input, Path reports, Path data) {
        this.input = input.toAbsolutePath().normalize();
        this.reports = reports.toAbsolutePath().normalize();
        this.data = data.toAbsolutePath().normalize();
    }

    public void attach(DropFolderService started) {
        service.set(started);
    }

    public Optional<DropFolderService> service() {
        return Optional.ofNullable(service.get());
    }

    public Path input() {
        return input;
    }

    public Path reports() {
        return reports;
    }

    public Path data() {
        return data;
    }
}
