package org.cloture.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A global one-to-one pairing of "left" items with "right" items through scored candidate edges: the largest
 * number of pairs first, then the largest total score. First come, first served would let an early item take
 * a candidate that another item needed (a label naming "Musée du Sucre (Roubaix 56)" taken by "Musée du Sucre").
 *
 * <p>The candidate graph falls apart into small connected components (one line, one member, most often); each
 * is solved exactly as a minimum-cost maximum flow by successive shortest paths (Dijkstra with potentials, costs
 * made non-negative as {@code maxScore − score}, so that among the maximum pairings the best-scored is found).
 * A degenerate component with more than {@link #EXACT_EDGE_LIMIT} edges (thousands of homonyms) is paired
 * greedily by score instead, then completed by augmenting paths: still one to one, maximum in size, only the
 * tie-breaking between equally large pairings is no longer exact.
 */
public final class OneToOneAssignment {

    /** Past this many candidate edges in one component, the exact solver would take minutes. */
    static final int EXACT_EDGE_LIMIT = 200_000;

    /** A candidate pair and its score (higher is better, non-negative). */
    public record Edge(int left, int right, long score) {
    }

    private OneToOneAssignment() {
    }

    /**
     * @return for each left item, the right item it is paired with, or −1
     */
    public static int[] solve(int leftCount, int rightCount, List<Edge> edges) {
        int[] pairOfLeft = new int[leftCount];
        Arrays.fill(pairOfLeft, -1);
        for (List<Edge> component : components(leftCount, rightCount, edges)) {
            if (component.size() == 1) {
                pairOfLeft[component.get(0).left()] = component.get(0).right(); // the usual case: one line, one member
            } else if (component.size() > EXACT_EDGE_LIMIT) {
                greedyThenAugment(component, pairOfLeft, rightCount);
            } else {
                exact(component, pairOfLeft);
            }
        }
        return pairOfLeft;
    }

    /** The edges grouped by connected component (union-find over left and right items). */
    private static List<List<Edge>> components(int leftCount, int rightCount, List<Edge> edges) {
        int[] parent = new int[leftCount + rightCount];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Edge edge : edges) {
            int a = find(parent, edge.left());
            int b = find(parent, leftCount + edge.right());
            if (a != b) {
                parent[a] = b;
            }
        }
        Map<Integer, List<Edge>> byRoot = new HashMap<>();
        for (Edge edge : edges) {
            byRoot.computeIfAbsent(find(parent, edge.left()), root -> new ArrayList<>()).add(edge);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    // --- Exact: minimum-cost maximum flow on one component ------------------------------------------------

    private static void exact(List<Edge> component, int[] pairOfLeft) {
        Map<Integer, Integer> leftIndex = new HashMap<>();
        Map<Integer, Integer> rightIndex = new HashMap<>();
        List<Integer> lefts = new ArrayList<>();
        long maxScore = 0;
        for (Edge edge : component) {
            if (leftIndex.putIfAbsent(edge.left(), leftIndex.size()) == null) {
                lefts.add(edge.left());
            }
            rightIndex.putIfAbsent(edge.right(), rightIndex.size());
            maxScore = Math.max(maxScore, edge.score());
        }
        List<Integer> rights = new ArrayList<>(rightIndex.keySet());
        rights.sort(Comparator.comparing(rightIndex::get));
        int l = lefts.size();
        int r = rights.size();
        Flow flow = new Flow(l + r + 2);
        int source = l + r;
        int sink = source + 1;
        for (int i = 0; i < l; i++) {
            flow.add(source, i, 0);
        }
        for (int j = 0; j < r; j++) {
            flow.add(l + j, sink, 0);
        }
        int[] edgeOfPair = new int[component.size()];
        for (int e = 0; e < component.size(); e++) {
            Edge edge = component.get(e);
            edgeOfPair[e] = flow.add(leftIndex.get(edge.left()), l + rightIndex.get(edge.right()),
                    maxScore - edge.score());
        }
        flow.run(source, sink);
        for (int e = 0; e < component.size(); e++) {
            if (flow.capacity[edgeOfPair[e]] == 0) {
                Edge edge = component.get(e);
                pairOfLeft[edge.left()] = edge.right();
            }
        }
    }

    /** A unit-capacity flow network in arrays: edge i and its reverse i ^ 1. */
    private static final class Flow {
        final int nodes;
        final List<List<Integer>> out = new ArrayList<>();
        int[] to = new int[16];
        int[] capacity = new int[16];
        long[] cost = new long[16];
        int count;

        Flow(int nodes) {
            this.nodes = nodes;
            for (int i = 0; i < nodes; i++) {
                out.add(new ArrayList<>());
            }
        }

        int add(int from, int target, long edgeCost) {
            ensure(count + 2);
            int index = count;
            to[count] = target;
            capacity[count] = 1;
            cost[count] = edgeCost;
            out.get(from).add(count++);
            to[count] = from;
            capacity[count] = 0;
            cost[count] = -edgeCost;
            out.get(target).add(count++);
            return index;
        }

        private void ensure(int size) {
            if (size > to.length) {
                int length = Math.max(size, to.length * 2);
                to = Arrays.copyOf(to, length);
                capacity = Arrays.copyOf(capacity, length);
                cost = Arrays.copyOf(cost, length);
            }
        }

        /** Successive shortest paths: each augmentation adds one pair at the least extra cost. */
        void run(int source, int sink) {
            long[] potential = new long[nodes];
            long[] distance = new long[nodes];
            int[] via = new int[nodes];
            while (true) {
                Arrays.fill(distance, Long.MAX_VALUE);
                Arrays.fill(via, -1);
                distance[source] = 0;
                PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator.comparingLong(entry -> entry[0]));
                queue.add(new long[] {0, source});
                while (!queue.isEmpty()) {
                    long[] head = queue.poll();
                    int node = (int) head[1];
                    if (head[0] > distance[node]) {
                        continue;
                    }
                    for (int edge : out.get(node)) {
                        if (capacity[edge] == 0) {
                            continue;
                        }
                        long reduced = distance[node] + cost[edge] + potential[node] - potential[to[edge]];
                        if (reduced < distance[to[edge]]) {
                            distance[to[edge]] = reduced;
                            via[to[edge]] = edge;
                            queue.add(new long[] {reduced, to[edge]});
                        }
                    }
                }
                if (distance[sink] == Long.MAX_VALUE) {
                    return;
                }
                for (int node = 0; node < nodes; node++) {
                    if (distance[node] != Long.MAX_VALUE) {
                        potential[node] += distance[node];
                    }
                }
                for (int node = sink; node != source; node = to[via[node] ^ 1]) {
                    capacity[via[node]]--;
                    capacity[via[node] ^ 1]++;
                }
            }
        }
    }

    // --- Degenerate components: greedy by score, then augmenting paths --------------------------------------

    private static void greedyThenAugment(List<Edge> component, int[] pairOfLeft, int rightCount) {
        int[] pairOfRight = new int[rightCount];
        Arrays.fill(pairOfRight, -1);
        List<Edge> sorted = new ArrayList<>(component);
        sorted.sort(Comparator.comparingLong(Edge::score).reversed());
        Map<Integer, List<Integer>> candidates = new HashMap<>();
        for (Edge edge : sorted) {
            candidates.computeIfAbsent(edge.left(), left -> new ArrayList<>()).add(edge.right());
            if (pairOfLeft[edge.left()] < 0 && pairOfRight[edge.right()] < 0) {
                pairOfLeft[edge.left()] = edge.right();
                pairOfRight[edge.right()] = edge.left();
            }
        }
        for (Integer left : candidates.keySet()) {
            if (pairOfLeft[left] < 0) {
                augment(left, candidates, pairOfLeft, pairOfRight, new java.util.HashSet<>());
            }
        }
    }

    /** Kuhn's augmenting path from an unpaired left item, iterative so that a long path cannot overflow the stack. */
    private static boolean augment(int start, Map<Integer, List<Integer>> candidates, int[] pairOfLeft,
                                   int[] pairOfRight, java.util.Set<Integer> seen) {
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {start, 0, -1});
        while (!stack.isEmpty()) {
            int[] frame = stack.peek();
            List<Integer> rights = candidates.getOrDefault(frame[0], List.of());
            if (frame[1] >= rights.size()) {
                stack.pop();
                continue;
            }
            int right = rights.get(frame[1]++);
            if (!seen.add(right)) {
                continue;
            }
            frame[2] = right;
            int holder = pairOfRight[right];
            if (holder < 0) {
                // Flip the path: every left item on the stack takes the right item it was exploring.
                for (int[] step : stack) {
                    pairOfLeft[step[0]] = step[2];
                    pairOfRight[step[2]] = step[0];
                }
                return true;
            }
            stack.push(new int[] {holder, 0, -1});
        }
        return false;
    }
}
