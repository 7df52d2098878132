package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes the edge segments that cross the gap (channel) between two adjacent ranks. A segment
 * leaves its upper end at cross position {@code from}, may turn once onto a track (a line across
 * the channel) and reaches {@code to}. Segments whose horizontal runs overlap get different
 * tracks, ordered so that as few lines cross as possible and no two edges ever share a vertical
 * run; segments that share an end (a fork or a merge) may share a track, which draws as ┴ or ┬.
 */
final class ChannelRouter {
    /** One segment: cross positions of its ends and keys naming the vertices at those ends. */
    static final class Segment {
        final int from;
        final int to;
        final int upperKey;
        final int lowerKey;
        int track = -1;

        Segment(int from, int to, int upperKey, int lowerKey) {
            this.from = from;
            this.to = to;
            this.upperKey = upperKey;
            this.lowerKey = lowerKey;
        }

        boolean straight() {
            return from == to;
        }

        int lo() {
            return Math.min(from, to);
        }

        int hi() {
            return Math.max(from, to);
        }
    }

    private ChannelRouter() {
    }

    /** Assigns tracks to the bending segments; returns the number of tracks used. */
    static int route(List<Segment> segments) {
        List<Segment> bending = new ArrayList<>();
        for (Segment s : segments) {
            if (!s.straight()) {
                bending.add(s);
            }
        }
        int n = bending.size();
        boolean[][] conflict = new boolean[n][n];
        boolean[][] before = new boolean[n][n];
        int[] indegree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Segment a = bending.get(i);
                Segment b = bending.get(j);
                boolean shareEnd = a.upperKey == b.upperKey || a.lowerKey == b.lowerKey;
                boolean overlap = a.lo() <= b.hi() && b.lo() <= a.hi();
                if (shareEnd || !overlap) {
                    continue;
                }
                conflict[i][j] = conflict[j][i] = true;
                boolean hardAB = a.from == b.to;
                boolean hardBA = b.from == a.to;
                boolean ab = hardAB || inside(a.from, b) || inside(b.to, a);
                boolean ba = hardBA || inside(b.from, a) || inside(a.to, b);
                int first = -1;
                if (hardAB != hardBA) {
                    first = hardAB ? i : j;
                } else if (ab != ba) {
                    first = ab ? i : j;
                }
                if (first >= 0) {
                    int second = first == i ? j : i;
                    before[first][second] = true;
                    indegree[second]++;
                }
            }
        }
        boolean[] done = new boolean[n];
        List<Integer> order = new ArrayList<>();
        for (int step = 0; step < n; step++) {
            int pick = -1;
            for (int k = 0; k < n; k++) {
                if (!done[k] && (pick < 0 || indegree[k] < indegree[pick])) {
                    pick = k;
                }
            }
            done[pick] = true;
            order.add(pick);
            for (int k = 0; k < n; k++) {
                if (before[pick][k]) {
                    indegree[k]--;
                }
            }
        }
        int tracks = 0;
        for (int i = 0; i < order.size(); i++) {
            int k = order.get(i);
            int track = 0;
            for (int p = 0; p < i; p++) {
                int other = order.get(p);
                if (conflict[k][other]) {
                    track = Math.max(track, bending.get(other).track + 1);
                }
            }
            bending.get(k).track = track;
            tracks = Math.max(tracks, track + 1);
        }
        return tracks;
    }

    private static boolean inside(int x, Segment s) {
        return x > s.lo() && x < s.hi();
    }
}
