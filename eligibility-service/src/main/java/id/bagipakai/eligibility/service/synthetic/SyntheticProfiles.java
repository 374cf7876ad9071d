package id.bagipakai.eligibility.service.synthetic;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.eligibility.domain.Asset;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.Housing;
import id.bagipakai.eligibility.domain.Livestock;
import id.bagipakai.eligibility.domain.MemberProfile;
import id.bagipakai.eligibility.domain.VillageCode;
import id.bagipakai.eligibility.domain.WorkPosition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic synthetic household profiles for tests, benchmarks and demos: a direct, cheap
 * generator of what scoring and ranking need (the registry's {@code SyntheticHouseholds} makes
 * full documents with names and NIKs, far more than needed here).
 *
 * <p>Households are placed in regencies in proportion to their population ({@code
 * /wilayah/population.csv} from commons); the village part of the code is made up (district 01–
 * 20, a kelurahan 1xxx or desa 2xxx by a rough per-province urban share). Each household has a
 * latent welfare from which its answers are drawn with noise, so the PMT spreads it out roughly
 * as real data would; about 2 % of answers are left missing.
 */
public final class SyntheticProfiles {

    private static final String POPULATION = "/wilayah/population.csv";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final String[] EDUCATION = {"NONE", "SD", "SMP", "SMA", "SMK", "D1_D3", "D4_S1", "S2", "S3"};
    /** Rough urban population shares (BPS 2020) and welfare shifts (from poverty rates) by province. */
    private static final Map<Integer, double[]> PROVINCE = Map.ofEntries(
            Map.entry(11, new double[]{0.32, -0.26}), Map.entry(12, new double[]{0.54, 0.07}),
            Map.entry(31, new double[]{1.00, 0.37}), Map.entry(32, new double[]{0.78, 0.10}),
            Map.entry(33, new double[]{0.52, -0.09}), Map.entry(34, new double[]{0.72, -0.10}),
            Map.entry(35, new double[]{0.57, -0.05}), Map.entry(36, new double[]{0.68, 0.23}),
            Map.entry(51, new double[]{0.67, 0.41}), Map.entry(52, new double[]{0.48, -0.21}),
            Map.entry(53, new double[]{0.25, -0.46}), Map.entry(64, new double[]{0.66, 0.23}),
            Map.entry(73, new double[]{0.44, 0.05}), Map.entry(91, new double[]{0.35, -0.70}),
            Map.entry(95, new double[]{0.08, -0.90}), Map.entry(94, new double[]{0.20, -0.80}));
    private static final double[] DEFAULT_PROVINCE = {0.45, 0.0};

    private static final String[] REGENCIES;
    private static final long[] CUMULATIVE;

    static {
        List<String> codes = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        try (InputStream in = SyntheticProfiles.class.getResourceAsStream(POPULATION)) {
            if (in == null) {
                throw new IllegalStateException(POPULATION + " is not on the classpath (it comes with commons)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma == 5 && line.charAt(2) == '.') {
                    codes.add(line.substring(0, 5));
                    weights.add(Long.parseLong(line.substring(line.lastIndexOf(',') + 1).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        REGENCIES = codes.toArray(String[]::new);
        CUMULATIVE = new long[weights.size()];
        long sum = 0;
        for (int i = 0; i < CUMULATIVE.length; i++) {
            sum += weights.get(i);
            CUMULATIVE[i] = sum;
        }
    }

    private final SplittableRandom rng;

    public SyntheticProfiles(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    public HouseholdProfile next() {
        UUID id = new UUID(rng.nextLong(), rng.nextLong());
        String regency = REGENCIES[regencyIndex(rng.nextLong(CUMULATIVE[CUMULATIVE.length - 1]))];
        double[] province = PROVINCE.getOrDefault(Integer.parseInt(regency, 0, 2, 10), DEFAULT_PROVINCE);
        boolean urban = rng.nextDouble() < province[0];
        VillageCode village = new VillageCode(String.format("%s.%02d.%d%03d", regency, 1 + rng.nextInt(20),
                urban ? 1 : 2, 1 + rng.nextInt(30)));
        double w = 0.9 * gaussian() + province[1] + (urban ? 0.3 : -0.2);

        List<MemberProfile> members = members(w, urban);
        Map<Asset, Boolean> assets = new EnumMap<>(Asset.class);
        asset(assets, Asset.LPG_TANK_5_5_KG_OR_MORE, -2.5 + 1.2 * w);
        asset(assets, Asset.REFRIGERATOR, -0.3 + 1.3 * w);
        asset(assets, Asset.AIR_CONDITIONER, -3.5 + 1.6 * w);
        asset(assets, Asset.WATER_HEATER, -3.8 + 1.5 * w);
        asset(assets, Asset.LANDLINE, -4.0 + 1.0 * w);
        asset(assets, Asset.TELEVISION_30_INCH_OR_MORE, -1.0 + 1.2 * w);
        asset(assets, Asset.GOLD_10_GRAMS_OR_MORE, -2.0 + 1.0 * w);
        asset(assets, Asset.COMPUTER, -2.5 + 1.4 * w);
        asset(assets, Asset.SMARTPHONE, 1.5 + 1.2 * w);
        asset(assets, Asset.BICYCLE, -0.8 + 0.2 * w);
        asset(assets, Asset.MOTORCYCLE, 1.0 + 1.0 * w);
        asset(assets, Asset.CAR, -3.2 + 1.5 * w);
        asset(assets, Asset.BOAT, -4.0);
        asset(assets, Asset.MOTOR_BOAT, -4.5 + 0.4 * w);
        asset(assets, Asset.LAND_ELSEWHERE, -2.0 + 0.8 * w);
        asset(assets, Asset.HOUSE_ELSEWHERE, -3.0 + 1.0 * w);
        Map<Livestock, Integer> livestock = new EnumMap<>(Livestock.class);
        if (!urban && rng.nextDouble() < 0.35) {
            livestock.put(Livestock.CATTLE, rng.nextDouble() < 0.3 ? 1 + rng.nextInt(4) : 0);
            livestock.put(Livestock.BUFFALO, rng.nextDouble() < 0.05 ? 1 + rng.nextInt(3) : 0);
            livestock.put(Livestock.HORSES, 0);
            livestock.put(Livestock.PIGS, rng.nextDouble() < 0.08 ? 1 + rng.nextInt(5) : 0);
            livestock.put(Livestock.GOATS_SHEEP, rng.nextDouble() < 0.4 ? 1 + rng.nextInt(8) : 0);
        }
        return new HouseholdProfile(id.toString(), AS_OF, village, housing(w, urban, members.size()), assets, livestock,
                members);
    }

    private List<MemberProfile> members(double w, boolean urban) {
        int size = (int) Math.max(1, Math.min(12, Math.round(3.7 - 0.35 * w + 1.5 * gaussian())));
        List<MemberProfile> members = new ArrayList<>(size);
        int headAge = (int) Math.max(20, Math.min(85, Math.round(46 + 12 * gaussian())));
        boolean femaleHead = rng.nextDouble() < 0.15;
        int education = (int) Math.max(0, Math.min(8, Math.round(2 + 1.3 * w + gaussian())));
        boolean working = rng.nextDouble() < (headAge < 65 ? 0.88 : 0.5);
        boolean agriculture = working && rng.nextDouble() < (urban ? 0.06 : Math.max(0.1, Math.min(0.9, 0.55 - 0.15 * w)));
        WorkPosition position = !working ? null : agriculture
                ? (w < -0.5 && rng.nextDouble() < 0.5 ? WorkPosition.CASUAL_AGRICULTURE : WorkPosition.OWN_ACCOUNT)
                : w > 0.8 && rng.nextDouble() < 0.2 ? WorkPosition.EMPLOYER_WITH_PERMANENT_WORKERS
                : rng.nextDouble() < 0.5 ? WorkPosition.EMPLOYEE : WorkPosition.OWN_ACCOUNT;
        members.add(member(1, "HEAD", femaleHead, headAge, EDUCATION[education], working ? "WORKING" : "NOT_WORKING",
                agriculture, position));
        int n = 1;
        if (size > 1 && !femaleHead && rng.nextDouble() < 0.9) {
            members.add(member(++n, "SPOUSE", true, Math.max(18, headAge - 3 + rng.nextInt(7)),
                    EDUCATION[Math.max(0, education - rng.nextInt(2))], "HOUSEKEEPING", null, null));
        }
        while (n < size) {
            boolean elder = rng.nextDouble() < 0.08;
            int age = elder ? 60 + rng.nextInt(25) : Math.max(0, Math.min(headAge - 16, rng.nextInt(26)));
            members.add(member(++n, elder ? "PARENT" : "CHILD", rng.nextBoolean(), age, null, null, null, null));
        }
        return members;
    }

    private MemberProfile member(int number, String relationship, boolean female, int age, String education,
                                 String work, Boolean agriculture, WorkPosition position) {
        double school = age < 6 ? 0 : age <= 15 ? 0.93 : age <= 18 ? 0.65 : age <= 21 ? 0.25 : 0;
        boolean disability = rng.nextDouble() < (age >= 60 ? 0.12 : 0.015);
        Boolean pregnant = female && age >= 18 && age <= 44 ? rng.nextDouble() < 0.04 : null;
        Set<Ppks> ppks = Set.of();
        if (rng.nextDouble() < 0.006) {
            ppks = Set.of(disability ? Ppks.PERSON_WITH_DISABILITY : age >= 60 ? Ppks.NEGLECTED_ELDERLY
                    : age < 18 ? Ppks.NEGLECTED_CHILD : Ppks.DESTITUTE);
        }
        return new MemberProfile("m" + number, number, relationship, female ? "FEMALE" : "MALE", age, pregnant,
                rng.nextDouble() < school ? "IN_SCHOOL" : age >= 7 ? "NO_LONGER" : "NEVER", education, work,
                agriculture, position, disability, ppks);
    }

    private Housing housing(double w, boolean urban, int size) {
        double x = w + 0.7 * gaussian();
        return new Housing(
                answer(pick(x + (urban ? -0.6 : 0.6), new double[]{-0.5, 1.5}, "RENT", "OWN", "OWN")),
                missing() ? null : Math.round(Math.max(9, size * Math.exp(2.6 + 0.35 * x + 0.3 * gaussian()))) * 1.0,
                answer(pick(x, new double[]{-1.4, -1.0, 0.1, 1.6, 2.4}, "EARTH", urban ? "CEMENT_BRICK" : "BAMBOO",
                        "CEMENT_BRICK", "CERAMIC", "TILE_TERRAZZO", "MARBLE_GRANITE")),
                answer(pick(x, new double[]{-1.3, -0.7}, "WOVEN_BAMBOO", "WOOD", "MASONRY")),
                answer(pick(x, new double[]{-1.5, 0.2, 1.8}, "STRAW_PALM", "ZINC", "CLAY_TILE", "CONCRETE")),
                answer(pick(x + gaussian() * 0.5, new double[]{-1.3, -0.6, 0.2, 1.0, 1.8}, "UNPROTECTED_WELL",
                        "PROTECTED_WELL", "BORE_WELL_PUMP", "PIPED_METERED", "REFILL", "BOTTLED")),
                answer(pick(x, new double[]{-2.2, -1.5}, "NONE", "PLN_UNMETERED", "PLN_METERED")),
                answer(pick(x, new double[]{-0.3, 0.7, 1.5, 2.2}, "VA_450", "VA_900", "VA_1300", "VA_2200", "ABOVE_2200")),
                answer(pick(x + (urban ? 0.8 : 0), new double[]{-1.0, 1.6}, "FIREWOOD", "LPG_3_KG", "LPG_5_5_KG_OR_MORE")),
                answer(pick(x, new double[]{-1.8, -1.1}, "NONE", "SHARED", "OWN")),
                answer(pick(x, new double[]{-1.8, -1.3}, "NONE", "CEMPLUNG_CUBLUK", "GOOSENECK")),
                answer(pick(x, new double[]{-1.6, -0.9, -0.2}, "RIVER_LAKE_SEA", "PIT", "SEPTIC_TANK", "SEPTIC_TANK")));
    }

    private static String pick(double x, double[] thresholds, String... codes) {
        int i = Arrays.binarySearch(thresholds, x);
        return codes[i >= 0 ? i + 1 : -i - 1];
    }

    private String answer(String code) {
        return missing() ? null : code;
    }

    private boolean missing() {
        return rng.nextDouble() < 0.02;
    }

    private void asset(Map<Asset, Boolean> assets, Asset asset, double logit) {
        if (!missing()) {
            assets.put(asset, rng.nextDouble() < 1 / (1 + Math.exp(-logit)));
        }
    }

    private double gaussian() {
        return rng.nextGaussian();
    }

    private static int regencyIndex(long x) {
        int i = Arrays.binarySearch(CUMULATIVE, x);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
