package id.bagipakai.eligibility.service;

import java.util.Arrays;

/**
 * One ranking scope (the nation, a province, a regency): households in welfare order, each
 * weighted by its persons, answering "how many persons come before this household" and "which
 * households sit around this person count" in O(log n + B).
 *
 * <p>Layout: sorted blocks of at most {@value #CAPACITY} households (slot numbers and their
 * weights in parallel {@code int} arrays), plus a Fenwick tree over the blocks' weights. Inserting
 * or removing shifts at most one block; a full block splits in two and an empty one goes, and only
 * then is the block-level tree rebuilt (O(blocks), once per hundreds of changes). The order itself
 * (score, then household id) is the {@link Order} the ranking supplies.
 */
final class PersonOrder {

    static final int CAPACITY = 1024;

    /** Total order of slots; never 0 for two different slots. */
    interface Order {
        int compare(int slotA, int slotB);
    }

    /** Receives a household and twice its middle person's position (2 × persons before + its persons). */
    interface Visitor {
        void visit(int slot, long mid2);
    }

    private final Order order;
    private final int capacity;
    /** A full rebuild fills blocks to three quarters, leaving room for inserts before the first split. */
    private final int fill;
    private int[][] slots = new int[0][];
    private int[][] weights = new int[0][];
    private int[] counts = new int[0];
    private long[] blockWeight = new long[0];
    private long[] tree = new long[1]; // Fenwick over blockWeight, 1-based
    private int blocks;
    private int size;
    private long total;

    PersonOrder(Order order) {
        this(order, CAPACITY);
    }

    /** @param capacity households per block (tests use tiny blocks to exercise splits) */
    PersonOrder(Order order, int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("block capacity must be at least 4");
        }
        this.order = order;
        this.capacity = capacity;
        this.fill = capacity * 3 / 4;
    }

    int size() {
        return size;
    }

    /** All persons in the scope. */
    long total() {
        return total;
    }

    /** Replaces the content with {@code sorted[from, to)} (already in order), weights from {@code persons}. */
    void load(int[] sorted, int from, int to, int[] persons) {
        int n = to - from;
        blocks = (n + fill - 1) / fill;
        int room = Math.max(blocks, 4);
        slots = new int[room][];
        weights = new int[room][];
        counts = new int[room];
        blockWeight = new long[room];
        size = n;
        total = 0;
        for (int b = 0; b < blocks; b++) {
            int start = from + b * fill;
            int count = Math.min(fill, to - start);
            slots[b] = new int[capacity];
            weights[b] = new int[capacity];
            System.arraycopy(sorted, start, slots[b], 0, count);
            long w = 0;
            for (int i = 0; i < count; i++) {
                int p = persons[sorted[start + i]];
                weights[b][i] = p;
                w += p;
            }
            counts[b] = count;
            blockWeight[b] = w;
            total += w;
        }
        rebuildTree();
    }

    void insert(int slot, int weight) {
        if (blocks == 0) {
            ensureBlockCapacity(1);
            slots[0] = new int[capacity];
            weights[0] = new int[capacity];
            counts[0] = 0;
            blockWeight[0] = 0;
            blocks = 1;
            rebuildTree();
        }
        int b = blockFor(slot);
        if (counts[b] == capacity) {
            split(b);
            if (order.compare(slot, slots[b + 1][0]) > 0) {
                b++;
            }
        }
        int at = -(search(b, slot) + 1);
        if (at < 0) {
            throw new IllegalStateException("slot " + slot + " is already in this scope");
        }
        int n = counts[b];
        System.arraycopy(slots[b], at, slots[b], at + 1, n - at);
        System.arraycopy(weights[b], at, weights[b], at + 1, n - at);
        slots[b][at] = slot;
        weights[b][at] = weight;
        counts[b] = n + 1;
        addWeight(b, weight);
        size++;
    }

    /** Removes a slot that must be present under its current order key. */
    void remove(int slot) {
        int b = blocks == 0 ? -1 : blockFor(slot);
        int at = b < 0 ? -1 : search(b, slot);
        if (at < 0) {
            throw new IllegalStateException("slot " + slot + " is not in this scope");
        }
        int weight = weights[b][at];
        int n = counts[b];
        System.arraycopy(slots[b], at + 1, slots[b], at, n - at - 1);
        System.arraycopy(weights[b], at + 1, weights[b], at, n - at - 1);
        counts[b] = n - 1;
        size--;
        if (counts[b] == 0) {
            total -= weight;
            dropBlock(b);
        } else {
            addWeight(b, -weight);
        }
    }

    /** Persons in households strictly before {@code slot}, which must be present. */
    long personsBefore(int slot) {
        int b = blocks == 0 ? -1 : blockFor(slot);
        int at = b < 0 ? -1 : search(b, slot);
        if (at < 0) {
            throw new IllegalStateException("slot " + slot + " is not in this scope");
        }
        long before = prefix(b);
        int[] w = weights[b];
        for (int i = 0; i < at; i++) {
            before += w[i];
        }
        return before;
    }

    /** Visits, in order, every household whose {@code mid2} lies in {@code [fromMid2, toMid2]}. */
    void visit(long fromMid2, long toMid2, Visitor visitor) {
        if (blocks == 0 || toMid2 < fromMid2) {
            return;
        }
        // Households in blocks that end before ceil(from / 2) persons all have mid2 < from.
        long target = Math.max(0, Math.floorDiv(fromMid2 + 1, 2));
        int b = firstBlockReaching(target);
        long before = prefix(b);
        for (; b < blocks; b++) {
            int[] s = slots[b];
            int[] w = weights[b];
            for (int i = 0, n = counts[b]; i < n; i++) {
                long mid2 = 2 * before + w[i];
                if (mid2 > toMid2) {
                    return;
                }
                if (mid2 >= fromMid2) {
                    visitor.visit(s[i], mid2);
                }
                before += w[i];
            }
        }
    }

    /** Visits every household in order. */
    void visitAll(Visitor visitor) {
        long before = 0;
        for (int b = 0; b < blocks; b++) {
            int[] s = slots[b];
            int[] w = weights[b];
            for (int i = 0, n = counts[b]; i < n; i++) {
                visitor.visit(s[i], 2 * before + w[i]);
                before += w[i];
            }
        }
    }

    // ---- blocks ----

    /** The last block whose first household is not after {@code slot} (block 0 when all are). */
    private int blockFor(int slot) {
        int lo = 0;
        int hi = blocks - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (order.compare(slots[mid][0], slot) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Binary search in a block: the index, or -(insertion point) - 1. */
    private int search(int b, int slot) {
        int[] s = slots[b];
        int lo = 0;
        int hi = counts[b] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = order.compare(s[mid], slot);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private void split(int b) {
        ensureBlockCapacity(blocks + 1);
        shiftBlocks(b + 1, 1);
        int half = counts[b] / 2;
        int moved = counts[b] - half;
        slots[b + 1] = new int[capacity];
        weights[b + 1] = new int[capacity];
        System.arraycopy(slots[b], half, slots[b + 1], 0, moved);
        System.arraycopy(weights[b], half, weights[b + 1], 0, moved);
        counts[b] = half;
        counts[b + 1] = moved;
        long w = 0;
        for (int i = 0; i < moved; i++) {
            w += weights[b + 1][i];
        }
        blockWeight[b] -= w;
        blockWeight[b + 1] = w;
        blocks++;
        rebuildTree();
    }

    private void dropBlock(int b) {
        shiftBlocks(b, -1);
        blocks--;
        slots[blocks] = null;
        weights[blocks] = null;
        counts[blocks] = 0;
        blockWeight[blocks] = 0;
        rebuildTree();
    }

    /** Moves blocks [at, blocks) by {@code by} (±1). */
    private void shiftBlocks(int at, int by) {
        int from = by > 0 ? at : at + 1;
        int n = blocks - from;
        System.arraycopy(slots, from, slots, from + by, n);
        System.arraycopy(weights, from, weights, from + by, n);
        System.arraycopy(counts, from, counts, from + by, n);
        System.arraycopy(blockWeight, from, blockWeight, from + by, n);
    }

    private void ensureBlockCapacity(int n) {
        if (n > slots.length) {
            int c = Math.max(n, slots.length + (slots.length >> 1) + 4);
            slots = Arrays.copyOf(slots, c);
            weights = Arrays.copyOf(weights, c);
            counts = Arrays.copyOf(counts, c);
            blockWeight = Arrays.copyOf(blockWeight, c);
        }
    }

    // ---- Fenwick tree over block weights ----

    private void rebuildTree() {
        if (tree.length < blocks + 1) {
            tree = new long[Math.max(blocks + 1, tree.length * 2)];
        } else {
            Arrays.fill(tree, 0, blocks + 1, 0);
        }
        for (int i = 1; i <= blocks; i++) {
            tree[i] += blockWeight[i - 1];
            int parent = i + (i & -i);
            if (parent <= blocks) {
                tree[parent] += tree[i];
            }
        }
    }

    private void addWeight(int b, long delta) {
        blockWeight[b] += delta;
        total += delta;
        for (int i = b + 1; i <= blocks; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** Persons in blocks [0, b). */
    private long prefix(int b) {
        long sum = 0;
        for (int i = b; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    /** The first block whose end reaches {@code persons} (blocks when none does, which callers treat as empty). */
    private int firstBlockReaching(long persons) {
        int pos = 0;
        long rest = persons;
        for (int step = Integer.highestOneBit(Math.max(1, blocks)); step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= blocks && tree[next] < rest) {
                pos = next;
                rest -= tree[next];
            }
        }
        return pos; // blocks [0, pos) end before `persons`
    }
}
