package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The assignment against brute force on small graphs: as many pairs as possible, then the best total score. */
class OneToOneAssignmentPropertyTest {

    record Graph(int left, int right, List<OneToOneAssignment.Edge> edges) {
    }

    @Property(tries = 200)
    void findsTheLargestPairingAndAmongThemTheBestScored(@ForAll("graphs") Graph graph) {
        int[] pairs = OneToOneAssignment.solve(graph.left(), graph.right(), graph.edges());

        Map<Long, Long> scores = new HashMap<>();
        graph.edges().forEach(edge -> scores.merge(key(edge.left(), edge.right()), edge.score(), Math::max));
        Set<Integer> usedRights = new HashSet<>();
        long size = 0;
        long total = 0;
        for (int left = 0; left < pairs.length; left++) {
            if (pairs[left] >= 0) {
                assertThat(scores).containsKey(key(left, pairs[left]));
                assertThat(usedRights.add(pairs[left])).as("right item paired twice").isTrue();
                size++;
                total += scores.get(key(left, pairs[left]));
            }
        }
        long[] best = bruteForce(0, graph.left(), scores, new HashSet<>());
        assertThat(new long[] {size, total}).containsExactly(best);
    }

    @Test
    void aDegenerateComponentIsStillPairedOneToOneAndAsLargeAsPossible() {
        // 700 × 700 homonyms, every pair a candidate: past the exact solver's limit, greedy then augmenting paths.
        List<OneToOneAssignment.Edge> edges = new ArrayList<>();
        for (int left = 0; left < 700; left++) {
            for (int right = 0; right < 700; right++) {
                edges.add(new OneToOneAssignment.Edge(left, right, (left * 31L + right) % 7));
            }
        }
        int[] pairs = OneToOneAssignment.solve(700, 700, edges);

        assertThat(pairs).doesNotContain(-1);
        assertThat(java.util.Arrays.stream(pairs).distinct().count()).isEqualTo(700);
    }

    /** {pairs, score} of the best pairing of lefts from {@code left} on, lexicographically. */
    private static long[] bruteForce(int left, int leftCount, Map<Long, Long> scores, Set<Integer> used) {
        if (left == leftCount) {
            return new long[] {0, 0};
        }
        long[] best = bruteForce(left + 1, leftCount, scores, used);
        for (Map.Entry<Long, Long> entry : scores.entrySet()) {
            int from = (int) (entry.getKey() >> 32);
            int right = (int) (long) entry.getKey();
            if (from != left || used.contains(right)) {
                continue;
            }
            used.add(right);
            long[] rest = bruteForce(left + 1, leftCount, scores, used);
            used.remove(right);
            long[] candidate = {rest[0] + 1, rest[1] + entry.getValue()};
            if (candidate[0] > best[0] || (candidate[0] == best[0] && candidate[1] > best[1])) {
                best = candidate;
            }
        }
        return best;
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | right;
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(1, 6))
                .flatAs((left, right) -> left == 0 ? Arbitraries.just(new Graph(0, right, List.of()))
                        : Combinators.combine(Arbitraries.integers().between(0, left - 1),
                                        Arbitraries.integers().between(0, right - 1),
                                        Arbitraries.longs().between(0, 20))
                                .as(OneToOneAssignment.Edge::new).list().ofMaxSize(20).uniqueElements(edge ->
                                        key(edge.left(), edge.right()))
                                .map(edges -> new Graph(left, right, edges)));
    }
}
