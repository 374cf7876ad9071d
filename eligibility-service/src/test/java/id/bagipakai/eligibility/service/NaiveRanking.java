package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdRank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The ranking's definition, computed from scratch the obvious way (sort, walk, in floating point):
 * the reference the incremental structure is checked against.
 */
final class NaiveRanking {

    record Entry(UUID id, double score, int persons, String regionCode) {
        String province() {
            return regionCode == null ? null : regionCode.substring(0, 2);
        }

        String regency() {
            return regionCode == null ? null : regionCode.substring(0, 5);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingDouble(Entry::score)
            .thenComparingLong(e -> e.id().getMostSignificantBits())
            .thenComparingLong(e -> e.id().getLeastSignificantBits());

    final Map<UUID, Entry> entries = new LinkedHashMap<>();

    void put(UUID id, double score, int persons, String regionCode) {
        entries.put(id, new Entry(id, score, persons, regionCode));
    }

    void remove(UUID id) {
        entries.remove(id);
    }

    Map<UUID, HouseholdRank> ranks() {
        Map<UUID, double[]> national = positions(e -> "");
        Map<UUID, double[]> province = positions(Entry::province);
        Map<UUID, double[]> regency = positions(Entry::regency);
        Map<UUID, HouseholdRank> ranks = new HashMap<>();
        for (UUID id : entries.keySet()) {
            double[] n = national.get(id);
            double[] p = province.get(id);
            double[] r = regency.get(id);
            ranks.put(id, new HouseholdRank(new Desils(bucket(n, 10), bucket(p, 10), bucket(r, 10)),
                    bucket(n, 100), bucket(p, 100), bucket(r, 100)));
        }
        return ranks;
    }

    Map<UUID, Desils> desils() {
        Map<UUID, Desils> d = new HashMap<>();
        ranks().forEach((id, r) -> d.put(id, r.desils()));
        return d;
    }

    /** Per household: {mid, W} within its scope; absent when it has no scope (no location). */
    private Map<UUID, double[]> positions(Function<Entry, String> scopeOf) {
        Map<String, List<Entry>> scopes = new HashMap<>();
        for (Entry e : entries.values()) {
            String s = scopeOf.apply(e);
            if (s != null) {
                scopes.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
            }
        }
        Map<UUID, double[]> out = new HashMap<>();
        for (List<Entry> scope : scopes.values()) {
            scope.sort(ORDER);
            double total = scope.stream().mapToInt(Entry::persons).sum();
            double before = 0;
            for (Entry e : scope) {
                out.put(e.id(), new double[]{before + e.persons() / 2.0, total});
                before += e.persons();
            }
        }
        return out;
    }

    private static int bucket(double[] position, int buckets) {
        if (position == null) {
            return 0;
        }
        return (int) Math.min(buckets, Math.floor(buckets * position[0] / position[1]) + 1);
    }
}
