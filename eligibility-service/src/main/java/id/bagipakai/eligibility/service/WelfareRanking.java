package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.DesilChange;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdRank;
import id.bagipakai.eligibility.domain.VillageCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every household's welfare score and size, ranked by <b>persons</b> nationally, per province and
 * per regency: desil 1–10 (1 = poorest 10 % of persons) and percentile 1–100.
 *
 * <p><b>Position.</b> Households are ordered by score, ties by household id (so the order never
 * depends on arrival). A household's position is the middle of its members: {@code mid = persons
 * before it + its persons / 2}; with {@code W} persons in the scope, desil = ⌊10·mid / W⌋ + 1 and
 * percentile = ⌊100·mid / W⌋ + 1. A household of six therefore weighs six times a single person,
 * and a household straddling a cut-off falls where most of its members are. Computed in integers
 * ({@code mid2 = 2·mid}), so there is no rounding.
 *
 * <p><b>Structure.</b> Per scope a {@link PersonOrder} (sorted blocks plus a Fenwick tree of block
 * weights) gives the persons before a household in O(log n + B). Per household, primitive arrays
 * hold the id, score, persons, province, regency and the current desil in each scope; an
 * open-addressing table maps ids to slots. About 80 bytes per household (measured at a million),
 * no boxed objects.
 *
 * <p><b>Incremental updates are exact.</b> An event (add, rescore, move, remove) changes the
 * scope total by ΔW and shifts any other household's {@code mid} by at most s = the moving
 * household's persons (old or new). Cut-off k sits at k·W/10, so it moves by at most |ΔW|. A
 * household's desil can thus only change if its new {@code mid} is within s + |ΔW| of a new
 * cut-off: after the event, each touched scope re-evaluates exactly the households in those nine
 * narrow windows (a handful each), updates their stored desil and reports the ones that changed.
 * The stored desils therefore always equal a full recompute; the property tests check this.
 * Percentiles are not stored (they move with nearly every event) but computed on demand. Exact
 * cut-offs mean that an event also moves a few neighbours across a cut-off (about 3.5 per scope in
 * the benchmark): these are real changes, and the caller re-decides only them.
 *
 * <p><b>Full recompute.</b> {@link #rebuild} sorts all households once and rebuilds every scope
 * and desil in O(n log n); use it after {@link #load}ing a snapshot or rescoring everyone with a
 * new model version.
 *
 * <p>Not thread-safe: one writer (the event consumer) at a time.
 */
public final class WelfareRanking {

    private static final int NONE = -1;

    // per slot
    private long[] idHigh = new long[0];
    private long[] idLow = new long[0];
    private double[] score = new double[0];
    private int[] persons = new int[0];
    private short[] provinceOf = new short[0];
    private short[] regencyOf = new short[0];
    private final byte[][] desil = {new byte[0], new byte[0], new byte[0]}; // by scope level; 0 = unranked
    private int slotCount;
    private int[] free = new int[16];
    private int freeCount;
    private int live;

    private final IdIndex index = new IdIndex();
    private final PersonOrder.Order order = this::compare;
    private final int blockCapacity;
    private final PersonOrder national;
    private final PersonOrder[] provinces = new PersonOrder[100];
    private final PersonOrder[] regencies = new PersonOrder[100 * 100];
    private boolean ranked = true;

    public WelfareRanking() {
        this(PersonOrder.CAPACITY);
    }

    /** @param blockCapacity households per block of a scope (tests use tiny blocks to exercise splits) */
    WelfareRanking(int blockCapacity) {
        this.blockCapacity = blockCapacity;
        this.national = new PersonOrder(order, blockCapacity);
    }

    /** Households ranked. */
    public int size() {
        return live;
    }

    /** Persons in all ranked households. */
    public long persons() {
        return national.total();
    }

    /**
     * Adds or replaces a household without ranking it (bulk loading): call {@link #rebuild} before
     * anything else.
     */
    public void load(UUID householdId, double score, int persons, String regionCode) {
        check(score, persons);
        VillageCode village = village(regionCode);
        int slot = index.get(householdId.getMostSignificantBits(), householdId.getLeastSignificantBits());
        if (slot == NONE) {
            slot = allocate(householdId);
        }
        set(slot, score, persons, village);
        ranked = false;
    }

    /** Full recompute from all scores; returns nothing, see {@link #rebuild(Consumer)}. */
    public void rebuild() {
        rebuild(change -> { });
    }

    /**
     * Full recompute from all scores: re-sorts every household, rebuilds every scope and desil.
     *
     * @param changes receives every household whose desils differ from before (before null for
     *                households {@link #load}ed since the last ranking)
     */
    public void rebuild(Consumer<DesilChange> changes) {
        int[] sorted = new int[live];
        int n = 0;
        for (int slot = 0; slot < slotCount; slot++) {
            if (persons[slot] > 0) {
                sorted[n++] = slot;
            }
        }
        sortSlots(sorted);

        national.load(sorted, 0, n, persons);
        loadScopes(sorted, provinceOf, provinces);
        loadScopes(sorted, regencyOf, regencies);

        byte[][] old = {desil[0].clone(), desil[1].clone(), desil[2].clone()};
        Arrays.fill(desil[1], (byte) 0);
        Arrays.fill(desil[2], (byte) 0);
        assign(national, 0);
        for (PersonOrder p : provinces) {
            assign(p, 1);
        }
        for (PersonOrder r : regencies) {
            assign(r, 2);
        }
        ranked = true;
        for (int i = 0; i < n; i++) {
            int slot = sorted[i];
            Desils before = old[0][slot] == 0 ? null : new Desils(old[0][slot], old[1][slot], old[2][slot]);
            Desils after = desilsOf(slot);
            if (!after.equals(before)) {
                changes.accept(new DesilChange(id(slot), before, after));
            }
        }
    }

    /**
     * Adds a household or rescores it (its score, size or place changed).
     *
     * @param persons    its members, at least 1 (a household without members is {@link #remove}d:
     *                   it has nobody to rank)
     * @param regionCode its village code, or null without a location (ranked nationally only)
     * @return every household whose desil changed in any scope, this one included (with
     *     {@code before == null} when it is new)
     */
    public List<DesilChange> put(UUID householdId, double score, int persons, String regionCode) {
        check(score, persons);
        VillageCode village = village(regionCode);
        requireRanked();
        Changes changes = new Changes();
        int slot = index.get(householdId.getMostSignificantBits(), householdId.getLeastSignificantBits());
        int oldPersons = 0;
        int oldProvince = NONE;
        int oldRegency = NONE;
        if (slot == NONE) {
            slot = allocate(householdId);
            changes.touchNew(slot);
        } else {
            changes.touch(slot);
            oldPersons = this.persons[slot];
            oldProvince = provinceOf[slot];
            oldRegency = regencyOf[slot];
            national.remove(slot);
            scope(provinces, oldProvince).ifPresentRemove(slot);
            scope(regencies, oldRegency).ifPresentRemove(slot);
        }
        set(slot, score, persons, village);
        int newProvince = provinceOf[slot];
        int newRegency = regencyOf[slot];
        national.insert(slot, persons);
        if (newProvince != NONE) {
            created(provinces, newProvince).insert(slot, persons);
        }
        if (newRegency != NONE) {
            created(regencies, newRegency).insert(slot, persons);
        }

        refresh(national, 0, oldPersons, persons, changes);
        refreshLevel(provinces, 1, oldProvince, newProvince, oldPersons, persons, changes);
        refreshLevel(regencies, 2, oldRegency, newRegency, oldPersons, persons, changes);
        setOwnDesil(slot, changes);
        return changes.report();
    }

    /** Removes a household; returns the households whose desil changed (this one with {@code after == null}). */
    public List<DesilChange> remove(UUID householdId) {
        requireRanked();
        int slot = index.get(householdId.getMostSignificantBits(), householdId.getLeastSignificantBits());
        if (slot == NONE) {
            return List.of();
        }
        Changes changes = new Changes();
        changes.touch(slot);
        int p = persons[slot];
        int province = provinceOf[slot];
        int regency = regencyOf[slot];
        national.remove(slot);
        scope(provinces, province).ifPresentRemove(slot);
        scope(regencies, regency).ifPresentRemove(slot);
        changes.removed(slot);
        for (int level = 0; level < 3; level++) {
            desil[level][slot] = 0;
        }
        refresh(national, 0, p, 0, changes);
        refreshLevel(provinces, 1, province, NONE, p, 0, changes);
        refreshLevel(regencies, 2, regency, NONE, p, 0, changes);
        List<DesilChange> report = changes.report();
        release(slot);
        return report;
    }

    /** The household's desils, or null when it is not ranked. */
    public Desils desils(UUID householdId) {
        requireRanked();
        int slot = index.get(householdId.getMostSignificantBits(), householdId.getLeastSignificantBits());
        return slot == NONE ? null : desilsOf(slot);
    }

    /** The household's desils and percentiles, or null when it is not ranked. */
    public HouseholdRank rank(UUID householdId) {
        requireRanked();
        int slot = index.get(householdId.getMostSignificantBits(), householdId.getLeastSignificantBits());
        if (slot == NONE) {
            return null;
        }
        return new HouseholdRank(desilsOf(slot), percentile(national, slot),
                percentile(scope(provinces, provinceOf[slot]).order(), slot),
                percentile(scope(regencies, regencyOf[slot]).order(), slot));
    }

    /** Desil for a position: ⌊10·mid / W⌋ + 1 = ⌊5·mid2 / W⌋ + 1. */
    static int desilOf(long mid2, long total) {
        return (int) Math.min(10, 5 * mid2 / total + 1);
    }

    static int percentileOf(long mid2, long total) {
        return (int) Math.min(100, 50 * mid2 / total + 1);
    }

    // ---- incremental maintenance ----

    private void refreshLevel(PersonOrder[] scopes, int level, int oldScope, int newScope, int oldPersons,
                              int newPersons, Changes changes) {
        if (oldScope == newScope) {
            if (newScope != NONE) {
                refresh(scopes[newScope], level, oldPersons, newPersons, changes);
            }
            return;
        }
        if (oldScope != NONE) {
            refresh(scopes[oldScope], level, oldPersons, 0, changes);
        }
        if (newScope != NONE) {
            refresh(scopes[newScope], level, 0, newPersons, changes);
        }
    }

    /**
     * Re-evaluates the households around each cut-off of a scope after a household of
     * {@code oldPersons} left it and/or one of {@code newPersons} entered it (see the class comment).
     */
    private void refresh(PersonOrder scope, int level, int oldPersons, int newPersons, Changes changes) {
        long w = scope.total();
        if (w == 0) {
            return;
        }
        long margin = Math.max(oldPersons, newPersons) + Math.abs((long) newPersons - oldPersons) + 1;
        byte[] stored = desil[level];
        PersonOrder.Visitor check = (slot, mid2) -> {
            int d = desilOf(mid2, w);
            if (stored[slot] != d) {
                changes.touch(slot);
                stored[slot] = (byte) d;
            }
        };
        for (long k = 1; k <= 9; k++) {
            // 5·mid2 within k·W ± 10·margin
            long from = Math.floorDiv(k * w - 10 * margin, 5);
            long to = Math.floorDiv(k * w + 10 * margin, 5) + 1;
            scope.visit(from, to, check);
        }
    }

    /** The moving household's own desils, in whatever scopes it is now in. */
    private void setOwnDesil(int slot, Changes changes) {
        changes.touch(slot);
        desil[0][slot] = (byte) desilIn(national, slot);
        desil[1][slot] = (byte) desilIn(scope(provinces, provinceOf[slot]).order(), slot);
        desil[2][slot] = (byte) desilIn(scope(regencies, regencyOf[slot]).order(), slot);
    }

    private int desilIn(PersonOrder scope, int slot) {
        if (scope == null) {
            return 0;
        }
        return desilOf(2 * scope.personsBefore(slot) + persons[slot], scope.total());
    }

    private int percentile(PersonOrder scope, int slot) {
        if (scope == null) {
            return 0;
        }
        return percentileOf(2 * scope.personsBefore(slot) + persons[slot], scope.total());
    }

    /** Households touched by one event, with their desils before it. */
    private final class Changes {
        private int[] slots = new int[16];
        private Desils[] before = new Desils[16];
        private int n;
        private int removed = NONE;

        void touchNew(int slot) {
            add(slot, null);
        }

        void touch(int slot) {
            for (int i = 0; i < n; i++) {
                if (slots[i] == slot) {
                    return;
                }
            }
            add(slot, desilsOf(slot));
        }

        void removed(int slot) {
            removed = slot;
        }

        private void add(int slot, Desils d) {
            if (n == slots.length) {
                slots = Arrays.copyOf(slots, n * 2);
                before = Arrays.copyOf(before, n * 2);
            }
            slots[n] = slot;
            before[n++] = d;
        }

        List<DesilChange> report() {
            List<DesilChange> report = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Desils after = slots[i] == removed ? null : desilsOf(slots[i]);
                if (!Objects.equals(before[i], after)) {
                    report.add(new DesilChange(id(slots[i]), before[i], after));
                }
            }
            return report;
        }
    }

    // ---- full recompute ----

    private void loadScopes(int[] sorted, short[] scopeOf, PersonOrder[] scopes) {
        int[] counts = new int[scopes.length + 1];
        for (int slot : sorted) {
            counts[scopeOf[slot] + 1]++;
        }
        int[] start = new int[scopes.length + 1];
        for (int s = 1; s <= scopes.length; s++) {
            start[s] = start[s - 1] + counts[s - 1];
        }
        int[] grouped = new int[sorted.length];
        int[] next = start.clone();
        for (int slot : sorted) {
            grouped[next[scopeOf[slot] + 1]++] = slot; // stable: each scope keeps the sorted order
        }
        for (int s = 0; s < scopes.length; s++) {
            int from = start[s + 1];
            int to = from + counts[s + 1];
            if (to > from) {
                if (scopes[s] == null) {
                    scopes[s] = new PersonOrder(order, blockCapacity);
                }
                scopes[s].load(grouped, from, to, persons);
            } else if (scopes[s] != null) {
                scopes[s] = null;
            }
        }
    }

    private void assign(PersonOrder scope, int level) {
        if (scope == null) {
            return;
        }
        long w = scope.total();
        byte[] d = desil[level];
        scope.visitAll((slot, mid2) -> d[slot] = (byte) desilOf(mid2, w));
    }

    /** Sorts slots by (score, id): a merge sort on primitives, no boxing for a million households. */
    private void sortSlots(int[] a) {
        int n = a.length;
        int[] src = a;
        int[] dst = new int[n];
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) { // insertion-sort short runs
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int x = src[i];
                int j = i - 1;
                while (j >= lo && compare(src[j], x) > 0) {
                    src[j + 1] = src[j];
                    j--;
                }
                src[j + 1] = x;
            }
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = compare(src[i], src[j]) <= 0 ? src[i++] : src[j++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, n);
        }
    }

    // ---- slots ----

    private int compare(int a, int b) {
        int c = Double.compare(score[a], score[b]);
        if (c != 0) {
            return c;
        }
        c = Long.compare(idHigh[a], idHigh[b]);
        return c != 0 ? c : Long.compare(idLow[a], idLow[b]);
    }

    private void set(int slot, double score, int persons, VillageCode village) {
        this.score[slot] = score;
        this.persons[slot] = persons;
        provinceOf[slot] = (short) (village == null ? NONE : village.provinceNumber());
        regencyOf[slot] = (short) (village == null ? NONE : village.regencyNumber());
    }

    /** Parsed before anything changes, so that a bad code leaves the ranking as it was. */
    private static VillageCode village(String regionCode) {
        return regionCode == null ? null : new VillageCode(regionCode);
    }

    private int allocate(UUID id) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (slotCount == score.length) {
                grow(Math.max(1024, slotCount + (slotCount >> 1)));
            }
            slot = slotCount++;
        }
        idHigh[slot] = id.getMostSignificantBits();
        idLow[slot] = id.getLeastSignificantBits();
        index.put(slot);
        live++;
        return slot;
    }

    private void release(int slot) {
        index.remove(idHigh[slot], idLow[slot]);
        persons[slot] = 0; // marks the slot free for rebuild()
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
        live--;
    }

    private void grow(int capacity) {
        idHigh = Arrays.copyOf(idHigh, capacity);
        idLow = Arrays.copyOf(idLow, capacity);
        score = Arrays.copyOf(score, capacity);
        persons = Arrays.copyOf(persons, capacity);
        provinceOf = Arrays.copyOf(provinceOf, capacity);
        regencyOf = Arrays.copyOf(regencyOf, capacity);
        for (int level = 0; level < 3; level++) {
            desil[level] = Arrays.copyOf(desil[level], capacity);
        }
    }

    private UUID id(int slot) {
        return new UUID(idHigh[slot], idLow[slot]);
    }

    private Desils desilsOf(int slot) {
        return new Desils(desil[0][slot], desil[1][slot], desil[2][slot]);
    }

    private Scope scope(PersonOrder[] scopes, int number) {
        return new Scope(number == NONE ? null : scopes[number]);
    }

    /** The scope of that province or regency number, created on first use. */
    private PersonOrder created(PersonOrder[] scopes, int number) {
        if (scopes[number] == null) {
            scopes[number] = new PersonOrder(order, blockCapacity);
        }
        return scopes[number];
    }

    /** A scope that may not exist (no location). */
    private record Scope(PersonOrder order) {
        void ifPresentRemove(int slot) {
            if (order != null) {
                order.remove(slot);
            }
        }
    }

    private static void check(double score, int persons) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be a finite number: " + score);
        }
        if (persons < 1) {
            throw new IllegalArgumentException("a ranked household has at least one person: " + persons);
        }
    }

    private void requireRanked() {
        if (!ranked) {
            throw new IllegalStateException("households were loaded without ranking: call rebuild() first");
        }
    }

    /** Open-addressing table from household id to slot (linear probing, backward-shift deletion). */
    private final class IdIndex {
        private int[] table = new int[2048]; // slot + 1; 0 = empty
        private int used;

        int get(long high, long low) {
            int mask = table.length - 1;
            for (int i = hash(high, low) & mask; ; i = (i + 1) & mask) {
                int entry = table[i];
                if (entry == 0) {
                    return NONE;
                }
                int slot = entry - 1;
                if (idHigh[slot] == high && idLow[slot] == low) {
                    return slot;
                }
            }
        }

        void put(int slot) {
            if ((used + 1) * 2 > table.length) {
                resize(table.length * 2);
            }
            insert(table, slot);
            used++;
        }

        void remove(long high, long low) {
            int mask = table.length - 1;
            int i = hash(high, low) & mask;
            while (true) {
                int entry = table[i];
                if (entry == 0) {
                    return;
                }
                if (idHigh[entry - 1] == high && idLow[entry - 1] == low) {
                    break;
                }
                i = (i + 1) & mask;
            }
            // shift later entries of the probe run back so that lookups never stop at the hole
            int hole = i;
            for (int j = (hole + 1) & mask; table[j] != 0; j = (j + 1) & mask) {
                int slot = table[j] - 1;
                int home = hash(idHigh[slot], idLow[slot]) & mask;
                if (((j - home) & mask) >= ((j - hole) & mask)) {
                    table[hole] = table[j];
                    hole = j;
                }
            }
            table[hole] = 0;
            used--;
        }

        private void resize(int capacity) {
            int[] t = new int[capacity];
            for (int entry : table) {
                if (entry != 0) {
                    insert(t, entry - 1);
                }
            }
            table = t;
        }

        private void insert(int[] t, int slot) {
            int mask = t.length - 1;
            int i = hash(idHigh[slot], idLow[slot]) & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = slot + 1;
        }

        private int hash(long high, long low) {
            long h = high * 0x9E3779B97F4A7C15L ^ low;
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            return (int) h;
        }
    }
}
