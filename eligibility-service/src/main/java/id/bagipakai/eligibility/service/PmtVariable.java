package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.Asset;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.Housing;
import id.bagipakai.eligibility.domain.Livestock;
import id.bagipakai.eligibility.domain.MemberProfile;
import id.bagipakai.eligibility.domain.WorkPosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The catalogue of variables a PMT model file may name, and how each is read from a profile. A
 * file naming anything else is rejected, so a typo cannot silently drop a term.
 *
 * <p>Three kinds: a <b>number</b> (its coefficient multiplies the value, after a log transform for
 * sizes and counts), a <b>yes/no</b> (the coefficient applies on "yes"), a <b>category</b> (one
 * coefficient per code; a code the file leaves out is the reference, coefficient 0).
 *
 * <p><b>Missing values contribute 0</b>: an unanswered question scores as the reference category
 * (or as "no", or as a zero count), and the explanation shows it as "missing". A household without
 * members has no size or shares (all missing). Members of unknown age count in no age band.
 */
public final class PmtVariable {

    public enum Kind { NUMBER, YES_NO, CATEGORY }

    /** How a number enters the model. */
    enum Transform {
        NONE, LOG, LOG1P;

        /** The model input, NaN when the transform is undefined (then the value counts as missing). */
        double apply(double raw) {
            return switch (this) {
                case NONE -> raw;
                case LOG -> raw > 0 ? Math.log(raw) : Double.NaN;
                case LOG1P -> raw >= 0 ? Math.log1p(raw) : Double.NaN;
            };
        }
    }

    private final String name;
    private final Kind kind;
    private final int index;
    private final Transform transform;
    private final ToDoubleFunction<HouseholdProfile> number;     // NaN = missing
    private final Function<HouseholdProfile, Boolean> yesNo;     // null = missing
    private final Function<HouseholdProfile, String> category;   // null = missing
    private final List<String> levels;
    private final Map<String, Integer> levelIndex;

    private PmtVariable(String name, Kind kind, int index, Transform transform, ToDoubleFunction<HouseholdProfile> number,
                        Function<HouseholdProfile, Boolean> yesNo, Function<HouseholdProfile, String> category,
                        List<String> levels) {
        this.name = name;
        this.kind = kind;
        this.index = index;
        this.transform = transform;
        this.number = number;
        this.yesNo = yesNo;
        this.category = category;
        this.levels = List.copyOf(levels);
        Map<String, Integer> li = new LinkedHashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            li.put(levels.get(i), i);
        }
        this.levelIndex = Collections.unmodifiableMap(li);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** Position in {@link #all()}. */
    int index() {
        return index;
    }

    Transform transform() {
        return transform;
    }

    /** For a category: the codes it knows, in catalogue order. */
    public List<String> levels() {
        return levels;
    }

    /** A category code's index, or -1 when the catalogue does not know it. */
    int levelIndex(String code) {
        Integer i = levelIndex.get(code);
        return i == null ? -1 : i;
    }

    /** The raw number (before the transform), NaN when missing. */
    double number(HouseholdProfile p) {
        return number.applyAsDouble(p);
    }

    Boolean yesNo(HouseholdProfile p) {
        return yesNo.apply(p);
    }

    String category(HouseholdProfile p) {
        return category.apply(p);
    }

    // ---- the catalogue ----

    private static final List<PmtVariable> ALL;
    private static final Map<String, PmtVariable> BY_NAME;

    public static List<PmtVariable> all() {
        return ALL;
    }

    /** The variable of that name, or null. */
    public static PmtVariable named(String name) {
        return BY_NAME.get(name);
    }

    static {
        Catalogue c = new Catalogue();
        // household composition
        c.number("logHouseholdSize", Transform.LOG, p -> p.memberCount() == 0 ? Double.NaN : p.memberCount());
        c.number("shareChildren0to4", Transform.NONE, p -> share(p, 0, 4));
        c.number("shareChildren5to14", Transform.NONE, p -> share(p, 5, 14));
        c.number("shareElderly60Plus", Transform.NONE, p -> share(p, 60, null));
        c.number("membersWithDisability", Transform.NONE,
                p -> p.members().stream().filter(MemberProfile::disability).count());
        // the head of the household
        c.yesNo("femaleHead", p -> p.head() == null || p.head().sex() == null ? null : p.head().female());
        c.category("headEducation", p -> p.head() == null ? null : p.head().education(),
                "NONE", "SD", "SMP", "SMA", "SMK", "D1_D3", "D4_S1", "S2", "S3", "PAKET_A", "PAKET_B", "PAKET_C");
        c.category("headWorkStatus", p -> p.head() == null ? null : p.head().workStatus(),
                "WORKING", "NOT_WORKING", "SCHOOL", "HOUSEKEEPING", "OTHER");
        c.yesNo("headWorksInAgriculture", PmtVariable::headInAgriculture);
        c.category("headPosition", p -> p.head() == null || p.head().workPosition() == null ? null
                : p.head().workPosition().name(), names(WorkPosition.values()));
        // housing
        c.category("tenure", p -> p.housing().tenure(), "OWN", "RENT", "RENT_FREE", "OFFICIAL", "OTHER");
        c.number("logFloorAreaPerCapita", Transform.LOG, PmtVariable::floorAreaPerCapita);
        c.category("floor", p -> p.housing().floor(), "MARBLE_GRANITE", "CERAMIC", "PARQUET_VINYL", "TILE_TERRAZZO",
                "WOOD", "CEMENT_BRICK", "BAMBOO", "EARTH");
        c.category("wall", p -> p.housing().wall(), "MASONRY", "PLASTERED_BAMBOO_WIRE", "WOOD", "WOVEN_BAMBOO", "LOGS",
                "BAMBOO", "OTHER");
        c.category("roof", p -> p.housing().roof(), "CONCRETE", "CLAY_TILE", "ASBESTOS", "ZINC", "WOOD_SHINGLE",
                "BAMBOO", "STRAW_PALM", "OTHER");
        c.category("drinkingWater", p -> p.housing().drinkingWater(), "BOTTLED", "REFILL", "PIPED_METERED",
                "PIPED_RETAIL", "BORE_WELL_PUMP", "PROTECTED_WELL", "UNPROTECTED_WELL", "PROTECTED_SPRING",
                "UNPROTECTED_SPRING", "SURFACE_WATER", "RAIN", "OTHER");
        c.category("lighting", p -> p.housing().lighting(), "PLN_METERED", "PLN_UNMETERED", "NON_PLN", "NONE");
        c.category("installedPower", p -> p.housing().installedPower(), "VA_450", "VA_900", "VA_1300", "VA_2200",
                "ABOVE_2200");
        c.category("cookingFuel", p -> p.housing().cookingFuel(), "ELECTRICITY", "LPG_5_5_KG_OR_MORE", "LPG_3_KG",
                "CITY_GAS", "BIOGAS", "KEROSENE", "BRIQUETTES", "CHARCOAL", "FIREWOOD", "NONE");
        c.category("toilet", p -> p.housing().toilet(), "OWN", "SHARED", "PUBLIC", "NONE");
        c.category("toiletType", p -> p.housing().toiletType(), "GOOSENECK", "PLENGSENGAN", "CEMPLUNG_CUBLUK", "NONE");
        c.category("finalDisposal", p -> p.housing().finalDisposal(), "SEPTIC_TANK", "TREATMENT_PLANT", "POND_FIELD",
                "RIVER_LAKE_SEA", "PIT", "OPEN_GROUND", "OTHER");
        // assets and livestock, named as in the events
        for (Asset a : Asset.values()) {
            c.yesNo(a.variable(), p -> p.assets().get(a));
        }
        for (Livestock l : Livestock.values()) {
            c.number(l.variable(), Transform.LOG1P, p -> {
                Integer n = p.livestock().get(l);
                return n == null ? Double.NaN : n;
            });
        }
        ALL = List.copyOf(c.list);
        Map<String, PmtVariable> byName = new LinkedHashMap<>();
        ALL.forEach(v -> byName.put(v.name, v));
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    /** Share of members aged [min, max]; members of unknown age are in the denominator only. */
    private static double share(HouseholdProfile p, Integer min, Integer max) {
        if (p.memberCount() == 0) {
            return Double.NaN;
        }
        long n = p.members().stream().filter(m -> m.ageWithin(min, max)).count();
        return (double) n / p.memberCount();
    }

    private static double floorAreaPerCapita(HouseholdProfile p) {
        Housing h = p.housing();
        if (h.floorAreaM2() == null || p.memberCount() == 0) {
            return Double.NaN;
        }
        return h.floorAreaM2() / p.memberCount();
    }

    /** False for a head who does not work; missing when the head, their work or its sector is unknown. */
    private static Boolean headInAgriculture(HouseholdProfile p) {
        MemberProfile head = p.head();
        if (head == null || head.workStatus() == null) {
            return null;
        }
        return "WORKING".equals(head.workStatus()) ? head.agriculture() : Boolean.FALSE;
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static final class Catalogue {
        final List<PmtVariable> list = new ArrayList<>();

        void number(String name, Transform t, ToDoubleFunction<HouseholdProfile> f) {
            list.add(new PmtVariable(name, Kind.NUMBER, list.size(), t, f, null, null, List.of()));
        }

        void yesNo(String name, Function<HouseholdProfile, Boolean> f) {
            list.add(new PmtVariable(name, Kind.YES_NO, list.size(), Transform.NONE, null, f, null, List.of()));
        }

        void category(String name, Function<HouseholdProfile, String> f, String... levels) {
            list.add(new PmtVariable(name, Kind.CATEGORY, list.size(), Transform.NONE, null, null, f, List.of(levels)));
        }
    }
}
