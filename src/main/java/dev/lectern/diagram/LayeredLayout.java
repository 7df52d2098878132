package dev.lectern.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Lays out a {@link Flowchart} in layers, Sugiyama style:
 * <ol>
 * <li>cycles are broken by reversing the back edges a depth-first search finds;</li>
 * <li>ranks are longest paths from the sources (sources then move down next to their first
 *     successor); when any edge has a label every rank is doubled, so each edge passes through
 *     a label rank that reserves room for its text;</li>
 * <li>edges longer than one rank get dummy vertices, one per rank crossed; a back edge also gets
 *     a side vertex next to each of its ends, so it leaves its source sideways, runs in its own
 *     lane and enters its target from the side;</li>
 * <li>vertices within a rank are ordered by barycentre sweeps, keeping the order with the fewest
 *     crossings;</li>
 * <li>cross positions come from repeated weighted isotonic regression (each vertex pulled
 *     towards its neighbours, keeping the order and the gaps);</li>
 * <li>the channels between ranks are routed by {@link ChannelRouter}.</li>
 * </ol>
 * A node's edge to itself curls out of its side and back in (the other side when back edges
 * already use that one).
 * The result is a {@link FlowGeometry} in direction-free coordinates.
 */
final class LayeredLayout {
    private enum Kind { NODE, DUMMY, LABEL, SIDE, LOOP }

    private static final class Vertex {
        final int id;
        final Kind kind;
        final int edge;
        int rank;
        int mainSize = 1;
        int crossSize = 1;
        int anchor;
        int cross;
        int owner = -1;
        int span;
        String label = "";

        Vertex(int id, Kind kind, int edge, int rank) {
            this.id = id;
            this.kind = kind;
            this.edge = edge;
            this.rank = rank;
        }
    }

    private final Flowchart chart;
    private final boolean vertical;
    private final List<Vertex> vertices = new ArrayList<>();
    private final List<List<Integer>> chains = new ArrayList<>();
    private final List<Integer> chainEdges = new ArrayList<>();
    private final List<int[]> links = new ArrayList<>(); // {upper, lower, edge}
    private List<List<Integer>> layers = new ArrayList<>();
    private List<List<Integer>> upperOf;
    private List<List<Integer>> lowerOf;

    private LayeredLayout(Flowchart chart) {
        this.chart = chart;
        this.vertical = chart.direction().vertical();
    }

    static FlowGeometry layout(Flowchart chart) {
        return new LayeredLayout(chart).run();
    }

    private FlowGeometry run() {
        int n = chart.nodes().size();
        List<FlowEdge> edges = chart.edges();
        boolean[] back = findBackEdges(n, edges);
        int[] rank = assignRanks(n, edges, back);
        boolean labelled = edges.stream().anyMatch(e -> e.labelled() && e.from() != e.to());
        if (labelled) {
            for (int i = 0; i < n; i++) {
                rank[i] *= 2;
            }
        }
        for (int i = 0; i < n; i++) {
            Vertex v = new Vertex(i, Kind.NODE, -1, rank[i]);
            FlowNode node = chart.nodes().get(i);
            int w = node.labelWidth() + 2 * node.shape().padding() + 2;
            int h = node.lines().size() + 2;
            v.mainSize = vertical ? h : w;
            v.crossSize = vertical ? w : h;
            v.anchor = (v.crossSize - 1) / 2;
            vertices.add(v);
        }
        Vertex[] loops = new Vertex[n];
        for (int e = 0; e < edges.size(); e++) {
            FlowEdge edge = edges.get(e);
            if (edge.from() != edge.to()) {
                buildChain(e, edge, back[e], rank);
                continue;
            }
            Vertex node = vertices.get(edge.from());
            if (loops[node.id] == null) {
                loops[node.id] = addVertex(Kind.LOOP, e, node.rank);
                loops[node.id].owner = node.id;
                if (vertical) {
                    node.mainSize++; // a second row on the right side for the loop to come back in
                }
            }
            Vertex loop = loops[node.id];
            if (edge.labelled()) {
                loop.label = loop.label.isEmpty() ? edge.label() : loop.label + ", " + edge.label();
            }
            int labelWidth = DisplayWidth.of(loop.label);
            loop.crossSize = vertical ? 2 + (labelWidth > 0 ? labelWidth + 2 : 0) : 2 + (labelWidth > 0 ? 1 : 0);
        }
        int maxRank = 0;
        for (Vertex v : vertices) {
            maxRank = Math.max(maxRank, v.rank);
        }
        for (int r = 0; r <= maxRank; r++) {
            layers.add(new ArrayList<>());
        }
        for (Vertex v : vertices) {
            layers.get(v.rank).add(v.id);
        }
        upperOf = new ArrayList<>();
        lowerOf = new ArrayList<>();
        for (int i = 0; i < vertices.size(); i++) {
            upperOf.add(new ArrayList<>());
            lowerOf.add(new ArrayList<>());
        }
        for (int[] link : links) {
            lowerOf.get(link[0]).add(link[1]);
            upperOf.get(link[1]).add(link[0]);
        }
        order();
        placeCross();
        return emit(maxRank);
    }

    // ---- cycle breaking and ranking ----

    private static boolean[] findBackEdges(int n, List<FlowEdge> edges) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            if (edges.get(e).from() != edges.get(e).to()) {
                out.get(edges.get(e).from()).add(e);
            }
        }
        boolean[] back = new boolean[edges.size()];
        int[] state = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {root, 0});
            state[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> outs = out.get(top[0]);
                if (top[1] >= outs.size()) {
                    state[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                int e = outs.get(top[1]++);
                int to = edges.get(e).to();
                if (state[to] == 1) {
                    back[e] = true;
                } else if (state[to] == 0) {
                    state[to] = 1;
                    stack.push(new int[] {to, 0});
                }
            }
        }
        return back;
    }

    private static int[] assignRanks(int n, List<FlowEdge> edges, boolean[] back) {
        List<List<Integer>> succ = new ArrayList<>();
        List<List<Integer>> pred = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
            pred.add(new ArrayList<>());
        }
        int[] indegree = new int[n];
        for (int e = 0; e < edges.size(); e++) {
            FlowEdge edge = edges.get(e);
            if (edge.from() == edge.to()) {
                continue;
            }
            int a = back[e] ? edge.to() : edge.from();
            int b = back[e] ? edge.from() : edge.to();
            succ.get(a).add(b);
            pred.get(b).add(a);
            indegree[b]++;
        }
        int[] rank = new int[n];
        List<Integer> topo = new ArrayList<>();
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int v = ready.poll();
            topo.add(v);
            for (int w : succ.get(v)) {
                rank[w] = Math.max(rank[w], rank[v] + 1);
                if (--indegree[w] == 0) {
                    ready.add(w);
                }
            }
        }
        for (int i = topo.size() - 1; i >= 0; i--) {
            int v = topo.get(i);
            if (pred.get(v).isEmpty() && !succ.get(v).isEmpty()) {
                int lowest = Integer.MAX_VALUE;
                for (int w : succ.get(v)) {
                    lowest = Math.min(lowest, rank[w]);
                }
                rank[v] = Math.max(rank[v], lowest - 1);
            }
        }
        return rank;
    }

    private Vertex addVertex(Kind kind, int edge, int rank) {
        Vertex v = new Vertex(vertices.size(), kind, edge, rank);
        vertices.add(v);
        return v;
    }

    private void buildChain(int e, FlowEdge edge, boolean back, int[] rank) {
        int top = back ? edge.to() : edge.from();
        int bottom = back ? edge.from() : edge.to();
        int rTop = rank[top];
        int rBottom = rank[bottom];
        List<Integer> chain = new ArrayList<>();
        chain.add(top);
        if (back) {
            Vertex side = addVertex(Kind.SIDE, e, rTop);
            side.owner = top;
            side.span = rBottom - rTop;
            chain.add(side.id);
        }
        int labelRank = -1;
        if (edge.labelled()) {
            int mid = (rTop + rBottom) / 2;
            labelRank = mid % 2 == 1 ? mid : mid - 1;
            if (labelRank <= rTop) {
                labelRank = rTop + 1;
            }
        }
        for (int r = rTop + 1; r < rBottom; r++) {
            Vertex d;
            if (r == labelRank) {
                d = addVertex(Kind.LABEL, e, r);
                d.label = edge.label();
                int w = DisplayWidth.of(d.label);
                d.mainSize = vertical ? 1 : w + 2;
                d.crossSize = vertical ? w + 2 : 2;
                d.anchor = vertical ? 0 : 1;
            } else {
                d = addVertex(Kind.DUMMY, e, r);
            }
            chain.add(d.id);
        }
        if (back) {
            Vertex side = addVertex(Kind.SIDE, e, rBottom);
            side.owner = bottom;
            side.span = rBottom - rTop;
            chain.add(side.id);
        }
        chain.add(bottom);
        for (int i = 1; i < chain.size(); i++) {
            int a = chain.get(i - 1);
            int b = chain.get(i);
            if (vertices.get(a).rank != vertices.get(b).rank) {
                links.add(new int[] {a, b, e});
            }
        }
        chains.add(chain);
        chainEdges.add(e);
    }

    // ---- ordering within ranks ----

    private void order() {
        pinSides();
        List<List<Integer>> best = copy(layers);
        long bestCrossings = crossings();
        for (int sweep = 0; sweep < 12 && bestCrossings > 0; sweep++) {
            boolean down = sweep % 2 == 0;
            if (down) {
                for (int r = 1; r < layers.size(); r++) {
                    reorder(r, upperOf);
                }
            } else {
                for (int r = layers.size() - 2; r >= 0; r--) {
                    reorder(r, lowerOf);
                }
            }
            pinSides();
            long c = crossings();
            if (c < bestCrossings) {
                bestCrossings = c;
                best = copy(layers);
            }
        }
        layers = best;
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> layer : layers) {
            out.add(new ArrayList<>(layer));
        }
        return out;
    }

    private int[] positions() {
        int[] pos = new int[vertices.size()];
        for (List<Integer> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                pos[layer.get(i)] = i;
            }
        }
        return pos;
    }

    private void reorder(int r, List<List<Integer>> neighbours) {
        int[] pos = positions();
        List<Integer> layer = layers.get(r);
        double[] key = new double[vertices.size()];
        for (int v : layer) {
            List<Integer> nb = neighbours.get(v);
            if (nb.isEmpty()) {
                key[v] = pos[v];
            } else {
                double sum = 0;
                for (int w : nb) {
                    sum += pos[w];
                }
                // scaled so vertices with no neighbours keep their place among the others
                key[v] = sum / nb.size() * layer.size() / Math.max(1, layers.get(vertices.get(nb.get(0)).rank).size());
            }
        }
        List<Integer> sorted = new ArrayList<>(layer);
        sorted.sort(Comparator.comparingDouble((Integer v) -> key[v]).thenComparingInt(v -> pos[v]));
        layers.set(r, sorted);
    }

    /** Puts each side vertex right after its node, shorter lanes nearer the node. */
    private void pinSides() {
        for (int r = 0; r < layers.size(); r++) {
            List<Integer> layer = layers.get(r);
            List<Integer> result = new ArrayList<>();
            for (int v : layer) {
                if (vertices.get(v).kind == Kind.SIDE || vertices.get(v).kind == Kind.LOOP) {
                    continue;
                }
                if (vertices.get(v).kind != Kind.NODE) {
                    result.add(v);
                    continue;
                }
                List<Integer> sides = new ArrayList<>();
                int loop = -1;
                for (int s : layer) {
                    if (vertices.get(s).owner == v && vertices.get(s).kind == Kind.SIDE) {
                        sides.add(s);
                    } else if (vertices.get(s).owner == v && vertices.get(s).kind == Kind.LOOP) {
                        loop = s;
                    }
                }
                sides.sort(Comparator.comparingInt((Integer s) -> vertices.get(s).span).thenComparingInt(s -> s));
                // a self-loop shares the side with back edges badly, so it moves to the other side
                if (loop >= 0 && !sides.isEmpty()) {
                    result.add(loop);
                }
                result.add(v);
                if (loop >= 0 && sides.isEmpty()) {
                    result.add(loop);
                }
                result.addAll(sides);
            }
            layers.set(r, result);
        }
    }

    private long crossings() {
        int[] pos = positions();
        List<List<int[]>> byRank = new ArrayList<>();
        for (int r = 0; r < layers.size(); r++) {
            byRank.add(new ArrayList<>());
        }
        for (int[] link : links) {
            byRank.get(vertices.get(link[0]).rank).add(new int[] {pos[link[0]], pos[link[1]]});
        }
        long count = 0;
        for (List<int[]> list : byRank) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    long d = (long) (list.get(i)[0] - list.get(j)[0]) * (list.get(i)[1] - list.get(j)[1]);
                    if (d < 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    // ---- cross coordinates ----

    private int gap(Vertex a, Vertex b) {
        if ((b.kind == Kind.LOOP && b.owner == a.id) || (a.kind == Kind.LOOP && a.owner == b.id)) {
            return 0;
        }
        if (!vertical) {
            return 1;
        }
        if (b.kind == Kind.SIDE && b.owner == a.id) {
            return 2;
        }
        if (a.kind == Kind.NODE && b.kind == Kind.NODE) {
            return 3;
        }
        if (a.kind == Kind.NODE || b.kind == Kind.NODE) {
            return 2;
        }
        return 1;
    }

    private void placeCross() {
        for (List<Integer> layer : layers) {
            int x = 0;
            for (int i = 0; i < layer.size(); i++) {
                Vertex v = vertices.get(layer.get(i));
                v.cross = x;
                if (i + 1 < layer.size()) {
                    x += v.crossSize + gap(v, vertices.get(layer.get(i + 1)));
                }
            }
        }
        for (int pass = 0; pass < 10; pass++) {
            boolean down = pass % 2 == 0;
            if (down) {
                for (int r = 1; r < layers.size(); r++) {
                    placeLayer(r, true, false);
                }
            } else {
                for (int r = layers.size() - 2; r >= 0; r--) {
                    placeLayer(r, false, true);
                }
            }
        }
        for (int r = 0; r < layers.size(); r++) {
            placeLayer(r, true, true);
        }
        straighten();
        int min = Integer.MAX_VALUE;
        for (Vertex v : vertices) {
            min = Math.min(min, v.cross);
        }
        for (Vertex v : vertices) {
            v.cross -= min;
        }
    }

    private void placeLayer(int r, boolean useUpper, boolean useLower) {
        List<Integer> layer = layers.get(r);
        int n = layer.size();
        if (n == 0) {
            return;
        }
        double[] target = new double[n];
        double[] weight = new double[n];
        int[] gapAfter = new int[n];
        for (int i = 0; i < n; i++) {
            Vertex v = vertices.get(layer.get(i));
            double sum = 0;
            int count = 0;
            if (useUpper) {
                for (int w : upperOf.get(v.id)) {
                    sum += vertices.get(w).cross + vertices.get(w).anchor;
                    count++;
                }
            }
            if (useLower) {
                for (int w : lowerOf.get(v.id)) {
                    sum += vertices.get(w).cross + vertices.get(w).anchor;
                    count++;
                }
            }
            if (count == 0) {
                target[i] = v.cross;
                weight[i] = 0.05;
            } else {
                target[i] = sum / count - v.anchor;
                weight[i] = v.kind == Kind.NODE ? count : 4.0 * count;
            }
            if (i + 1 < n) {
                gapAfter[i] = v.crossSize + gap(v, vertices.get(layer.get(i + 1)));
            }
        }
        int[] placed = isotonic(target, weight, gapAfter);
        for (int i = 0; i < n; i++) {
            vertices.get(layer.get(i)).cross = placed[i];
        }
    }

    /**
     * Removes small jogs: moves each dummy onto the line of a neighbour, and each node by at most
     * two cells onto a neighbour's line, wherever the order and gaps of its rank allow.
     */
    private void straighten() {
        for (List<Integer> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                Vertex v = vertices.get(layer.get(i));
                if (upperOf.get(v.id).size() == 1) {
                    Vertex up = vertices.get(upperOf.get(v.id).get(0));
                    int c = up.cross + up.anchor - v.anchor;
                    if (Math.abs(c - v.cross) <= (v.kind == Kind.NODE ? 2 : Integer.MAX_VALUE) && fits(layer, i, c)) {
                        v.cross = c;
                    }
                }
            }
        }
        for (int round = 0; round < 4; round++) {
            for (boolean nodes : new boolean[] {false, true}) {
                for (List<Integer> layer : layers) {
                    for (int i = 0; i < layer.size(); i++) {
                        Vertex v = vertices.get(layer.get(i));
                        if ((v.kind == Kind.NODE) != nodes) {
                            continue;
                        }
                        long lo = Long.MIN_VALUE;
                        long hi = Long.MAX_VALUE;
                        if (i > 0) {
                            Vertex prev = vertices.get(layer.get(i - 1));
                            lo = (long) prev.cross + prev.crossSize + gap(prev, v);
                        }
                        if (i + 1 < layer.size()) {
                            Vertex next = vertices.get(layer.get(i + 1));
                            hi = (long) next.cross - gap(v, next) - v.crossSize;
                        }
                        List<Integer> candidates = new ArrayList<>();
                        for (int w : upperOf.get(v.id)) {
                            candidates.add(vertices.get(w).cross + vertices.get(w).anchor - v.anchor);
                        }
                        for (int w : lowerOf.get(v.id)) {
                            candidates.add(vertices.get(w).cross + vertices.get(w).anchor - v.anchor);
                        }
                        int current = v.cross;
                        candidates.sort(Comparator.comparingInt(c -> Math.abs(c - current)));
                        for (int c : candidates) {
                            if (c == current) {
                                break;
                            }
                            if (c >= lo && c <= hi && (!nodes || Math.abs(c - current) <= 2)) {
                                v.cross = c;
                                break;
                            }
                        }
                    }
                }
            }
        }
    }

    private boolean fits(List<Integer> layer, int i, int c) {
        Vertex v = vertices.get(layer.get(i));
        if (i > 0) {
            Vertex prev = vertices.get(layer.get(i - 1));
            if (c < prev.cross + prev.crossSize + gap(prev, v)) {
                return false;
            }
        }
        if (i + 1 < layer.size()) {
            Vertex next = vertices.get(layer.get(i + 1));
            return c + v.crossSize + gap(v, next) <= next.cross;
        }
        return true;
    }

    /** Minimises the weighted squared distance to the targets keeping x[i+1] - x[i] &gt;= gap[i]. */
    static int[] isotonic(double[] target, double[] weight, int[] gapAfter) {
        int n = target.length;
        long[] offset = new long[n];
        for (int i = 1; i < n; i++) {
            offset[i] = offset[i - 1] + gapAfter[i - 1];
        }
        double[] blockWeight = new double[n];
        double[] blockSum = new double[n];
        int[] blockStart = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            blockWeight[blocks] = weight[i];
            blockSum[blocks] = weight[i] * (target[i] - offset[i]);
            blockStart[blocks] = i;
            blocks++;
            while (blocks > 1 && blockSum[blocks - 2] / blockWeight[blocks - 2] > blockSum[blocks - 1] / blockWeight[blocks - 1]) {
                blockWeight[blocks - 2] += blockWeight[blocks - 1];
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blocks--;
            }
        }
        int[] x = new int[n];
        for (int b = 0; b < blocks; b++) {
            int end = b + 1 < blocks ? blockStart[b + 1] : n;
            long y = Math.round(blockSum[b] / blockWeight[b]);
            for (int i = blockStart[b]; i < end; i++) {
                x[i] = (int) (y + offset[i]);
            }
        }
        return x;
    }

    // ---- main coordinates, routing and output ----

    private FlowGeometry emit(int maxRank) {
        List<FlowEdge> edges = chart.edges();
        int ranks = maxRank + 1;
        int[] bandSize = new int[ranks];
        Arrays.fill(bandSize, 1);
        for (Vertex v : vertices) {
            bandSize[v.rank] = Math.max(bandSize[v.rank], v.mainSize);
        }
        List<List<ChannelRouter.Segment>> channels = new ArrayList<>();
        List<List<int[]>> channelLinks = new ArrayList<>();
        int[] channelSize = new int[ranks];
        for (int r = 0; r < ranks; r++) {
            channels.add(new ArrayList<>());
            channelLinks.add(new ArrayList<>());
        }
        for (int[] link : links) {
            Vertex a = vertices.get(link[0]);
            Vertex b = vertices.get(link[1]);
            channels.get(a.rank).add(new ChannelRouter.Segment(a.cross + a.anchor, b.cross + b.anchor, a.id, b.id));
            channelLinks.get(a.rank).add(link);
        }
        for (int r = 0; r + 1 < ranks; r++) {
            int tracks = ChannelRouter.route(channels.get(r));
            boolean realTarget = false;
            for (int[] link : channelLinks.get(r)) {
                realTarget |= vertices.get(link[1]).kind == Kind.NODE;
            }
            channelSize[r] = vertical ? Math.max(channelLinks.get(r).isEmpty() ? 1 : 0, tracks + (realTarget ? 1 : 0)) : tracks + 2 + (realTarget ? 1 : 0);
        }
        int[] bandStart = new int[ranks];
        int main = 0;
        for (int r = 0; r < ranks; r++) {
            bandStart[r] = main;
            main += bandSize[r] + (r + 1 < ranks ? channelSize[r] : 0);
        }
        int mainExtent = main;
        int crossExtent = 0;
        for (Vertex v : vertices) {
            crossExtent = Math.max(crossExtent, v.cross + v.crossSize);
        }

        List<FlowGeometry.Box> boxes = new ArrayList<>();
        List<FlowGeometry.Path> paths = new ArrayList<>();
        List<FlowGeometry.Arrow> arrows = new ArrayList<>();
        List<FlowGeometry.Label> labels = new ArrayList<>();
        int[] mainStart = new int[vertices.size()];
        for (Vertex v : vertices) {
            mainStart[v.id] = bandStart[v.rank] + (v.kind == Kind.NODE ? (bandSize[v.rank] - v.mainSize) / 2 : 0);
            if (v.kind == Kind.NODE) {
                boxes.add(new FlowGeometry.Box(chart.nodes().get(v.id), mainStart[v.id], v.cross, v.mainSize, v.crossSize));
            }
        }
        boolean[] arrowInto = new boolean[vertices.size()];
        for (int[] link : links) {
            arrowInto[link[1]] |= edges.get(link[2]).arrow();
        }
        for (int r = 0; r + 1 < ranks; r++) {
            int channelStart = bandStart[r] + bandSize[r];
            int lead = vertical ? 0 : 1;
            for (int i = 0; i < channels.get(r).size(); i++) {
                ChannelRouter.Segment s = channels.get(r).get(i);
                int[] link = channelLinks.get(r).get(i);
                Vertex a = vertices.get(link[0]);
                Vertex b = vertices.get(link[1]);
                FlowEdge edge = edges.get(link[2]);
                int startMain = a.kind == Kind.NODE ? mainStart[a.id] + a.mainSize - 1 : bandStart[r] + bandSize[r] - 1;
                int endMain;
                if (b.kind == Kind.NODE) {
                    // an open edge sharing a port with arrows stops at the arrowhead, not the outline
                    endMain = edge.arrow() || arrowInto[b.id] ? mainStart[b.id] - 1 : mainStart[b.id];
                    if (edge.arrow()) {
                        arrows.add(new FlowGeometry.Arrow(endMain, s.to, 1, 0));
                    }
                } else {
                    endMain = bandStart[r + 1];
                }
                List<int[]> points = new ArrayList<>();
                points.add(new int[] {startMain, s.from});
                if (!s.straight()) {
                    int trackMain = channelStart + lead + s.track;
                    points.add(new int[] {trackMain, s.from});
                    points.add(new int[] {trackMain, s.to});
                }
                points.add(new int[] {endMain, s.to});
                paths.add(new FlowGeometry.Path(points, edge.stroke()));
            }
        }
        for (int c = 0; c < chains.size(); c++) {
            List<Integer> chain = chains.get(c);
            FlowEdge edge = edges.get(chainEdges.get(c));
            for (int k = 1; k + 1 < chain.size(); k++) {
                Vertex v = vertices.get(chain.get(k));
                int line = v.cross + v.anchor;
                int bandEnd = bandStart[v.rank] + bandSize[v.rank] - 1;
                if (v.kind == Kind.SIDE) {
                    Vertex node = vertices.get(v.owner);
                    int port = mainStart[node.id] + (node.mainSize - 1) / 2;
                    int border = node.cross + node.crossSize - 1;
                    boolean atTarget = k == 1;
                    if (atTarget && edge.arrow()) {
                        paths.add(path(edge, port, border + 1, port, line));
                        arrows.add(new FlowGeometry.Arrow(port, border + 1, 0, -1));
                    } else {
                        paths.add(path(edge, port, border, port, line));
                    }
                    if (atTarget) {
                        paths.add(path(edge, port, line, bandEnd, line));
                    } else {
                        paths.add(path(edge, bandStart[v.rank], line, port, line));
                    }
                    continue;
                }
                paths.add(path(edge, bandStart[v.rank], line, bandEnd, line));
                if (v.kind == Kind.LABEL) {
                    int w = DisplayWidth.of(v.label);
                    if (vertical) {
                        labels.add(new FlowGeometry.Label(v.label, bandStart[v.rank], v.cross + 2, 1, w));
                    } else {
                        int at = bandStart[v.rank] + (bandSize[v.rank] - w) / 2;
                        labels.add(new FlowGeometry.Label(v.label, at, v.cross, w, 1));
                    }
                }
            }
        }
        for (Vertex loop : vertices) {
            if (loop.kind == Kind.LOOP) {
                selfLoop(loop, mainStart, edges.get(loop.edge), paths, arrows, labels);
            }
        }
        return new FlowGeometry(mainExtent, crossExtent, boxes, paths, arrows, labels);
    }

    /**
     * A node's edge to itself, on its side: in TD out of the right side and back in one row lower
     * (├─╮ over ◀╯); in LR out of the bottom and back up two columns further (┬ … ▲ over ╰─╯).
     */
    private void selfLoop(Vertex loop, int[] mainStart, FlowEdge edge, List<FlowGeometry.Path> paths,
                          List<FlowGeometry.Arrow> arrows, List<FlowGeometry.Label> labels) {
        Vertex node = vertices.get(loop.owner);
        boolean before = loop.cross < node.cross;
        int sign = before ? -1 : 1;
        int border = before ? node.cross : node.cross + node.crossSize - 1;
        int out;
        int back;
        if (vertical) {
            out = mainStart[node.id] + 1;
            back = out + 1;
        } else {
            int centre = mainStart[node.id] + (node.mainSize - 1) / 2;
            out = centre - 1;
            back = centre + 1;
        }
        List<int[]> points = new ArrayList<>();
        points.add(new int[] {out, border});
        points.add(new int[] {out, border + 2 * sign});
        points.add(new int[] {back, border + 2 * sign});
        points.add(new int[] {back, edge.arrow() ? border + sign : border});
        paths.add(new FlowGeometry.Path(points, edge.stroke()));
        if (edge.arrow()) {
            arrows.add(new FlowGeometry.Arrow(back, border + sign, 0, -sign));
        }
        if (!loop.label.isEmpty()) {
            int w = DisplayWidth.of(loop.label);
            labels.add(vertical
                    ? new FlowGeometry.Label(loop.label, out, before ? border - 3 - w : border + 4, 1, w)
                    : new FlowGeometry.Label(loop.label, out, before ? border - 3 : border + 3, w, 1));
        }
    }

    private static FlowGeometry.Path path(FlowEdge edge, int m0, int c0, int m1, int c1) {
        List<int[]> points = new ArrayList<>();
        points.add(new int[] {m0, c0});
        points.add(new int[] {m1, c1});
        return new FlowGeometry.Path(points, edge.stroke());
    }
}
