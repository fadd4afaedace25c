package org.cloture.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.MonthDay;
import java.util.List;
import javax.sql.DataSource;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.store.EmbeddedDatabase;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.LoadedFileQueries;

/**
 * One ingestion scenario in this JVM: generate the input, load it into a fresh HSQLDB file database, and
 * report rows, seconds and peak heap. The parent command runs each scenario in a JVM with its own -Xmx.
 */
public final class IngestBenchmark {

    /** What a scenario measured. Peak heap is the sum of the heap pools' peaks: an upper bound. */
    public record Measure(String scenario, long rows, double seconds, long peakHeapMb, long maxHeapMb) {

        public double rowsPerSecond() {
            return rows / seconds;
        }

        /** One line the parent parses back. */
        public String toLine() {
            return String.join(";", scenario, Long.toString(rows), String.format(java.util.Locale.ROOT, "%.3f", seconds),
                    Long.toString(peakHeapMb), Long.toString(maxHeapMb));
        }

        public static Measure parse(String line) {
            String[] parts = line.split(";");
            return new Measure(parts[0], Long.parseLong(parts[1]), Double.parseDouble(parts[2]),
                    Long.parseLong(parts[3]), Long.parseLong(parts[4]));
        }
    }

    private IngestBenchmark() {
    }

    public static Measure run(String scenario, int size, Path workDirectory) throws IOException {
        Path year = Files.createDirectories(workDirectory.resolve("input").resolve("2023"));
        switch (scenario) {
            case "fec" -> SyntheticInputs.fec(year.resolve("123456789FEC20231231.txt"), size);
            case "xlsx" -> SyntheticInputs.register(year.resolve("adherents.xlsx"), size);
            default -> throw new IllegalArgumentException("Unknown scenario " + scenario);
        }
        DataSource dataSource = EmbeddedDatabase.open("jdbc:hsqldb:file:" + workDirectory.resolve("db/cloture"));
        JdbcStagingStore store = EmbeddedDatabase.store(dataSource, Clock.systemUTC());
        DropFolderIngest ingest = new DropFolderIngest(store.loads());
        AssociationConfig config = AssociationConfig.minimal("Benchmark", MonthDay.of(1, 1));
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        ingest.ingestYear(workDirectory.resolve("input"), 2023, config);
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = store.files().loadedFiles(2023).stream().mapToLong(LoadedFileQueries.LoadedFile::rowsLoaded).sum();
        return new Measure(scenario, rows, seconds, peakHeapMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapMb() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
