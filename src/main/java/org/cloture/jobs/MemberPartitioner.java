package org.cloture.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.yearend.MemberClosings;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per member association-year of a federation: the declared members with a folder for the
 * year. The partition's context names everything its worker needs, so that a worker on another machine
 * (reading the same shared folders) can close it without the manager's state. None for an association.
 * Not final: a job-scoped bean is a class proxy.
 */
public class MemberPartitioner implements Partitioner {

    public static final String MEMBER = "member";
    public static final String YEAR = "year";
    public static final String INPUT = "input";
    public static final String REPORTS = "reports";
    public static final String MODE = "mode";

    private final int year;
    private final Path input;
    private final Path reports;
    private final String mode;

    public MemberPartitioner(int year, Path input, Path reports, String mode) {
        this.year = year;
        this.input = input;
        this.reports = reports;
        this.mode = mode;
    }

    /** The grid size is ignored: a member is the unit of work, whatever the number of workers. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (String member : MemberClosings.toClose(input, year, AssociationConfigLoader.load(input).config())) {
            ExecutionContext context = new ExecutionContext();
            context.putString(MEMBER, member);
            context.putLong(YEAR, year);
            context.putString(INPUT, input.toString());
            context.putString(REPORTS, reports.toString());
            context.putString(MODE, mode);
            partitions.put(partitionName(member), context);
        }
        return partitions;
    }

    /** The name of a member's partition (its step execution is {@code memberClosing:<name>}). */
    public static String partitionName(String member) {
        return "membre-" + member;
    }
}
