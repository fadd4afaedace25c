package org.cloture.ingest.header;

import java.util.Arrays;

/**
 * The one-to-one assignment of fields to columns that maximises the total score (Kuhn–Munkres, the Hungarian
 * algorithm): « Date » then goes to the field that needs it most once every other column has found its field,
 * instead of to the first field that accepts it.
 */
public final class BestAssignment {

    private BestAssignment() {
    }

    /**
     * @param scores {@code scores[field][column]}, 0 when the column cannot be the field
     * @return for each field its column, or -1 when no column with a positive score is left for it
     */
    public static int[] columnOfEachField(double[][] scores) {
        int fields = scores.length;
        int columns = fields == 0 ? 0 : scores[0].length;
        int[] result = new int[fields];
        Arrays.fill(result, -1);
        if (fields == 0 || columns == 0) {
            return result;
        }
        // Square cost matrix (minimisation), padded with zero-score rows or columns.
        int n = Math.max(fields, columns);
        double[][] cost = new double[n + 1][n + 1];
        for (int f = 0; f < fields; f++) {
            for (int c = 0; c < columns; c++) {
                cost[f + 1][c + 1] = -scores[f][c];
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[column0] = true;
                int row0 = rowOfColumn[column0];
                double delta = Double.POSITIVE_INFINITY;
                int column1 = 0;
                for (int c = 1; c <= n; c++) {
                    if (!used[c]) {
                        double current = cost[row0][c] - u[row0] - v[c];
                        if (current < minv[c]) {
                            minv[c] = current;
                            way[c] = column0;
                        }
                        if (minv[c] < delta) {
                            delta = minv[c];
                            column1 = c;
                        }
                    }
                }
                for (int c = 0; c <= n; c++) {
                    if (used[c]) {
                        u[rowOfColumn[c]] += delta;
                        v[c] -= delta;
                    } else {
                        minv[c] -= delta;
                    }
                }
                column0 = column1;
            } while (rowOfColumn[column0] != 0);
            do {
                int column1 = way[column0];
                rowOfColumn[column0] = rowOfColumn[column1];
                column0 = column1;
            } while (column0 != 0);
        }
        for (int c = 1; c <= n; c++) {
            int f = rowOfColumn[c] - 1;
            if (f >= 0 && f < fields && c - 1 < columns && scores[f][c - 1] > 0) {
                result[f] = c - 1;
            }
        }
        return result;
    }
}
