package org.cloture.ingest.table;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cloture.activity.Activity;
import org.cloture.ingest.RejectedRow;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/**
 * Reads a file with {@link RegisterReader} into a sink that only counts, and prints rows/s and the peak
 * heap; run by hand with a small heap ({@code java -Xmx256m -cp … MeasureRegisterRead file.xlsx}).
 */
public final class MeasureRegisterRead {

    private MeasureRegisterRead() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        List<SheetResult> sheets = new RegisterReader().read(file, file.getFileName().toString(), Map.of(), sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        int rows = sheets.stream().mapToInt(SheetResult::rowsRead).sum();
        System.out.printf("%s: %,d rows read (%,d members, %,d rejected, %,d findings) in %.2f s = %,.0f rows/s; "
                        + "peak heap (sum of pool peaks) %,d MB, max heap %,d MB%n",
                file, rows, sink.members, sink.rejected, sink.findings, seconds, rows / seconds,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        sink.firstFindings.forEach(f -> System.out.println("  " + f.location() + " " + f.message()));
    }

    private static final class CountingSink implements RegisterSink {
        long members;
        long rejected;
        long findings;
        final java.util.List<Finding> firstFindings = new java.util.ArrayList<>();

        @Override
        public void member(Member member) {
            members++;
        }

        @Override
        public void activity(Activity activity) {
        }

        @Override
        public void volunteerEntry(VolunteerEntry entry) {
        }

        @Override
        public void bankLine(org.cloture.banking.BankStatementLine line) {
        }

        @Override
        public void statedBalance(org.cloture.banking.StatedBalance balance) {
        }

        @Override
        public void rejected(RejectedRow row) {
            rejected++;
        }

        @Override
        public void finding(Finding finding) {
            if (findings++ < 5) {
                firstFindings.add(finding);
            }
        }
    }
}
