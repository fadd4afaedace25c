package org.cloture.ingest;

import java.nio.file.*;
import java.time.MonthDay;
import org.cloture.config.AssociationConfig;
import org.junit.jupiter.api.Test;

class ScratchPrintTest {
    @Test
    void print() throws Exception {
        for (String name : System.getProperty("files", "").split(",")) {
            Path file = Paths.get(name);
            var reader = DropFolderIngest.allReaders().stream().filter(r -> r.accepts(file)).findFirst();
            System.out.println("=== " + name + " -> " + reader.map(r -> r.getClass().getSimpleName()).orElse("none"));
            if (reader.isEmpty()) continue;
            CollectingRowSink sink = new CollectingRowSink();
            var s = reader.get().read(file, file.getFileName().toString(), 2024, AssociationConfig.minimal("T", MonthDay.of(1,1)), sink);
            System.out.println(s);
            sink.bankLines.stream().limit(4).forEach(System.out::println);
            sink.statedBalances.forEach(System.out::println);
            sink.members.forEach(System.out::println);
            sink.rejected.forEach(System.out::println);
            sink.findings.forEach(f -> System.out.println(f.severity() + " " + f.check() + " " + f.location() + " " + f.message()));
        }
    }
}
