package id.bagipakai.registry.service.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The region and population reference data a {@link SyntheticHouseholds} draws places from,
 * loaded once and immutable, so any number of generators (threads, benchmark rounds) share it.
 *
 * <p>Kept compact (about half a megabyte): per regency its code, its population weight and its
 * villages as {@code int}s ({@code DD * 10000 + VVVV}); village codes are rebuilt as strings only
 * when a household is placed there.
 *
 * <p>Weighting: a regency's weight is its population in {@code population.csv}. A regency with
 * villages but no population row gets an equal share of what its province's total leaves over
 * (or, when nothing is left over, the province's mean regency population); a regency with a
 * population row but no villages cannot be placed in and is left out (its weight is lost, the
 * others are renormalised). Both cases are counted in {@link #regenciesWithoutVillages()} and
 * {@link #regenciesWithoutPopulation()}.
 */
public final class ReferenceData {

    public static final String REGIONS_RESOURCE = "/wilayah/regions.csv.gz";
    public static final String POPULATION_RESOURCE = "/wilayah/population.csv";

    private final String[] regencyCodes;     // "PP.KK", sorted as in regions.csv
    private final int[] provinceCodes;       // PP as int, per regency
    private final long[] cumulativeWeight;   // persons, running sum
    private final int[][] villages;          // per regency: DD * 10000 + VVVV
    private final int villageCount;
    private final int regenciesWithoutVillages;
    private final int regenciesWithoutPopulation;

    private ReferenceData(String[] regencyCodes, int[] provinceCodes, long[] cumulativeWeight, int[][] villages,
                          int regenciesWithoutVillages, int regenciesWithoutPopulation) {
        this.regencyCodes = regencyCodes;
        this.provinceCodes = provinceCodes;
        this.cumulativeWeight = cumulativeWeight;
        this.villages = villages;
        this.villageCount = Arrays.stream(villages).mapToInt(v -> v.length).sum();
        this.regenciesWithoutVillages = regenciesWithoutVillages;
        this.regenciesWithoutPopulation = regenciesWithoutPopulation;
    }

    private static final class Shared {
        static final ReferenceData INSTANCE = load();
    }

    /** The classpath reference data, loaded on first use and then shared by everyone. */
    public static ReferenceData shared() {
        return Shared.INSTANCE;
    }

    /** Loads {@value #REGIONS_RESOURCE} and {@value #POPULATION_RESOURCE} from the classpath. */
    public static ReferenceData load() {
        try (InputStream regions = resource(REGIONS_RESOURCE);
             InputStream population = resource(POPULATION_RESOURCE)) {
            return load(new GZIPInputStream(regions), population);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param regions    {@code code,level,name} CSV (uncompressed)
     * @param population {@code code,name,male,female,total} CSV
     */
    public static ReferenceData load(InputStream regions, InputStream population) {
        try {
            Map<String, IntList> villagesByRegency = new LinkedHashMap<>();
            try (BufferedReader in = reader(regions)) {
                String line;
                while ((line = in.readLine()) != null) {
                    int comma = line.indexOf(',');
                    // Only the code matters; names may hold quoted commas, so the rest is not split.
                    if (comma != 13 || !line.startsWith("village,", 14)) {
                        continue;
                    }
                    String code = line.substring(0, 13);
                    if (!isVillageCode(code)) {
                        continue;
                    }
                    int dd = Integer.parseInt(code, 6, 8, 10);
                    int vvvv = Integer.parseInt(code, 9, 13, 10);
                    villagesByRegency.computeIfAbsent(code.substring(0, 5), k -> new IntList()).add(dd * 10_000 + vvvv);
                }
            }

            Map<String, Long> regencyPopulation = new HashMap<>();
            Map<String, Long> provincePopulation = new HashMap<>();
            try (BufferedReader in = reader(population)) {
                String line;
                while ((line = in.readLine()) != null) {
                    int first = line.indexOf(',');
                    int last = line.lastIndexOf(',');
                    if (first <= 0 || last <= first) {
                        continue;
                    }
                    String code = line.substring(0, first);
                    long total;
                    try {
                        total = Long.parseLong(line.substring(last + 1).trim());
                    } catch (NumberFormatException header) {
                        continue;
                    }
                    if (code.length() == 5 && code.charAt(2) == '.') {
                        regencyPopulation.put(code, total);
                    } else if (code.length() == 2) {
                        provincePopulation.put(code, total);
                    }
                }
            }

            // Regencies with villages but no population: share the province's unexplained remainder.
            Map<String, Long> explained = new HashMap<>();
            Map<String, Integer> listed = new HashMap<>();
            Map<String, Integer> unlisted = new HashMap<>();
            for (String regency : villagesByRegency.keySet()) {
                String province = regency.substring(0, 2);
                Long pop = regencyPopulation.get(regency);
                if (pop != null) {
                    explained.merge(province, pop, Long::sum);
                    listed.merge(province, 1, Integer::sum);
                } else {
                    unlisted.merge(province, 1, Integer::sum);
                }
            }
            long meanRegency = regencyPopulation.isEmpty() ? 1
                    : Math.max(1, regencyPopulation.values().stream().mapToLong(Long::longValue).sum()
                    / regencyPopulation.size());
            int withoutVillages = (int) regencyPopulation.keySet().stream()
                    .filter(r -> !villagesByRegency.containsKey(r)).count();
            int withoutPopulation = 0;

            List<String> codes = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            List<int[]> villageArrays = new ArrayList<>();
            for (Map.Entry<String, IntList> e : villagesByRegency.entrySet()) {
                String regency = e.getKey();
                String province = regency.substring(0, 2);
                Long weight = regencyPopulation.get(regency);
                if (weight == null) {
                    withoutPopulation++;
                    long provinceTotal = provincePopulation.getOrDefault(province, 0L);
                    long remainder = provinceTotal - explained.getOrDefault(province, 0L);
                    int n = unlisted.get(province);
                    int known = listed.getOrDefault(province, 0);
                    weight = remainder > 0 ? remainder / n
                            : known > 0 ? explained.get(province) / known : meanRegency;
                }
                if (weight <= 0) {
                    continue;
                }
                codes.add(regency);
                weights.add(weight);
                villageArrays.add(e.getValue().toArray());
            }
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("no village with a population weight in the reference data");
            }
            long[] cumulative = new long[codes.size()];
            int[] provinces = new int[codes.size()];
            long sum = 0;
            for (int i = 0; i < codes.size(); i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
                provinces[i] = Integer.parseInt(codes.get(i), 0, 2, 10);
            }
            return new ReferenceData(codes.toArray(String[]::new), provinces, cumulative,
                    villageArrays.toArray(int[][]::new), withoutVillages, withoutPopulation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new generator over this data. */
    public SyntheticHouseholds generator(long seed) {
        return new SyntheticHouseholds(this, seed);
    }

    public int regencyCount() {
        return regencyCodes.length;
    }

    public int villageCount() {
        return villageCount;
    }

    /** The persons the weights add up to. */
    public long population() {
        return cumulativeWeight[cumulativeWeight.length - 1];
    }

    /** Regencies in population.csv that have no village in regions.csv (never drawn). */
    public int regenciesWithoutVillages() {
        return regenciesWithoutVillages;
    }

    /** Regencies with villages but no population row (weighted from their province's remainder). */
    public int regenciesWithoutPopulation() {
        return regenciesWithoutPopulation;
    }

    // ---- package-private access for the generator ----

    /** A regency index drawn in proportion to population. */
    int sampleRegency(Rng rng) {
        long x = rng.nextLong(population());
        int i = Arrays.binarySearch(cumulativeWeight, x);
        // cumulative[i] is the first running sum > x
        i = i >= 0 ? i + 1 : -i - 1;
        return i;
    }

    /** A village of the regency, uniformly: {@code DD * 10000 + VVVV}. */
    int sampleVillage(int regency, Rng rng) {
        int[] v = villages[regency];
        return v[rng.nextInt(v.length)];
    }

    String regencyCode(int regency) {
        return regencyCodes[regency];
    }

    int provinceCode(int regency) {
        return provinceCodes[regency];
    }

    /** "PP.KK.DD.VVVV". */
    String villageCode(int regency, int village) {
        char[] c = new char[13];
        regencyCodes[regency].getChars(0, 5, c, 0);
        c[5] = '.';
        digits(c, 6, 2, village / 10_000);
        c[8] = '.';
        digits(c, 9, 4, village % 10_000);
        return new String(c);
    }

    /** PPKKDDVVVV as a number: a seed-independent key for village properties. */
    long villageKey(int regency, int village) {
        String r = regencyCodes[regency];
        long pp = Integer.parseInt(r, 0, 2, 10);
        long kk = Integer.parseInt(r, 3, 5, 10);
        return ((pp * 100 + kk) * 1_000_000L) + village;
    }

    static void digits(char[] target, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            target[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static boolean isVillageCode(String code) {
        for (int i = 0; i < 13; i++) {
            char ch = code.charAt(i);
            boolean dot = i == 2 || i == 5 || i == 8;
            if (dot ? ch != '.' : ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return in;
    }

    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
