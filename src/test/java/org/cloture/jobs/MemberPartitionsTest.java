package org.cloture.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemberPartitionsTest {

    private static String[] partition(String member, String status) {
        return new String[] {"memberClosing:" + member, status};
    }

    /** A member failed in the killed run and completed by its restart counts once, as completed. */
    @Test
    void eachMemberCountsOnceWithItsLatestPartition() {
        JobHistory.MemberPartitions members = JobHistory.MemberPartitions.of(List.of(
                partition("a", "COMPLETED"), partition("b", "FAILED"), partition("c", "STARTED"),
                partition("d", "STARTING"), partition("b", "COMPLETED"), partition("e", "UNKNOWN")));

        assertThat(members).isEqualTo(new JobHistory.MemberPartitions(2, 2, 1));
        assertThat(members.total()).isEqualTo(5);
    }

    @Test
    void noPartitionsForAnAssociationClosedAlone() {
        assertThat(JobHistory.MemberPartitions.of(List.of()).total()).isZero();
    }
}
