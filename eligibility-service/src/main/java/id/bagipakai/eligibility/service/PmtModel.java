package id.bagipakai.eligibility.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A versioned proxy-means-test model: coefficients predicting ln(monthly per-capita consumption)
 * from a household's {@link PmtVariable}s, loaded from {@code models/pmt-<version>.json}.
 *
 * <p>Coefficients differ by urban/rural and by province: the file gives a national base for each
 * of "urban" and "rural", and a province may override, on top of that base, its intercept and any
 * coefficient (for a category, any single code). A province the file does not mention uses the
 * national base. Every combination is resolved once, at load.
 *
 * <pre>{@code
 * {"version": "2026.1", "description": "…",
 *  "national": {"urban": {"intercept": 13.9, "coefficients": {"logHouseholdSize": -0.36,
 *                                                              "floor": {"EARTH": -0.12}, "car": 0.25}},
 *               "rural": {…}},
 *  "provinces": {"31": {"description": "…", "urban": {"intercept": 14.1}}}}
 * }</pre>
 */
public final class PmtModel {

    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
    private static final Set<String> ROOT_FIELDS = Set.of("version", "description", "target", "national", "provinces");
    private static final Set<String> STRATA = Set.of("urban", "rural");
    private static final Set<String> STRATUM_FIELDS = Set.of("intercept", "coefficients");
    private static final Set<String> PROVINCE_FIELDS = Set.of("description", "urban", "rural");

    private final String version;
    private final String description;
    private final Coefficients nationalUrban;
    private final Coefficients nationalRural;
    private final Map<String, Coefficients> provincial; // "PP urban" / "PP rural"

    private PmtModel(String version, String description, Coefficients nationalUrban, Coefficients nationalRural,
                     Map<String, Coefficients> provincial) {
        this.version = version;
        this.description = description;
        this.nationalUrban = nationalUrban;
        this.nationalRural = nationalRural;
        this.provincial = provincial;
    }

    /** Loads {@code /models/pmt-<version>.json} from the classpath; the file must state that version. */
    public static PmtModel load(String version) {
        String path = "/models/pmt-" + version + ".json";
        PmtModel model = parse(JsonDefinitions.resource(path), path);
        if (!model.version.equals(version)) {
            throw new DefinitionException(path, "version", "is " + model.version + ", the file name says " + version);
        }
        return model;
    }

    /**
     * @param source how errors name the file
     * @throws DefinitionException naming the place and the problem (unknown variable or code,
     *     missing intercept, wrong type, unknown field)
     */
    public static PmtModel parse(InputStream in, String source) {
        JsonDefinitions json = new JsonDefinitions(source);
        JsonNode root = json.read(in);
        json.onlyFields(root, "", ROOT_FIELDS);
        String version = json.text(root, "version", "", true);
        String description = json.text(root, "description", "", false);
        json.text(root, "target", "", false);

        JsonNode national = json.object(root, "national", "", true);
        json.onlyFields(national, "national", STRATA);
        Coefficients urban = stratum(json, json.object(national, "urban", "national", true), "national.urban",
                null, "national urban");
        Coefficients rural = stratum(json, json.object(national, "rural", "national", true), "national.rural",
                null, "national rural");

        Map<String, Coefficients> provincial = new HashMap<>();
        JsonNode provinces = json.object(root, "provinces", "", false);
        if (provinces != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = provinces.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String code = e.getKey();
                String path = "provinces." + code;
                if (!PROVINCE.matcher(code).matches()) {
                    throw json.fail(path, "not a province code (two digits, e.g. \"33\")");
                }
                json.onlyFields(e.getValue(), path, PROVINCE_FIELDS);
                json.text(e.getValue(), "description", path, false);
                JsonNode u = json.object(e.getValue(), "urban", path, false);
                JsonNode r = json.object(e.getValue(), "rural", path, false);
                provincial.put(code + " urban", u == null ? urban : stratum(json, u, path + ".urban", urban, code + " urban"));
                provincial.put(code + " rural", r == null ? rural : stratum(json, r, path + ".rural", rural, code + " rural"));
            }
        }
        return new PmtModel(version, description, urban, rural, Map.copyOf(provincial));
    }

    /** Reads a stratum; with a base, what it does not name is inherited from the base. */
    private static Coefficients stratum(JsonDefinitions json, JsonNode node, String path, Coefficients base,
                                        String label) {
        json.onlyFields(node, path, STRATUM_FIELDS);
        Double intercept = json.number(node, "intercept", path, base == null);
        Coefficients c = base == null ? Coefficients.empty(label) : base.copy(label);
        if (intercept != null) {
            c.intercept = intercept;
        }
        JsonNode coefficients = json.object(node, "coefficients", path, false);
        if (coefficients == null) {
            return c;
        }
        String cpath = path + ".coefficients";
        for (Iterator<Map.Entry<String, JsonNode>> it = coefficients.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String vpath = cpath + "." + e.getKey();
            PmtVariable v = PmtVariable.named(e.getKey());
            if (v == null) {
                throw json.fail(vpath, "unknown variable '" + e.getKey() + "' (known: "
                        + String.join(", ", new TreeMap<>(names()).keySet()) + ")");
            }
            c.used[v.index()] = true;
            if (v.kind() == PmtVariable.Kind.CATEGORY) {
                if (!e.getValue().isObject()) {
                    throw json.fail(vpath, v.name() + " is a category: give an object of code → coefficient");
                }
                for (Iterator<Map.Entry<String, JsonNode>> lv = e.getValue().fields(); lv.hasNext(); ) {
                    Map.Entry<String, JsonNode> level = lv.next();
                    int li = v.levelIndex(level.getKey());
                    if (li < 0) {
                        throw json.fail(vpath + "." + level.getKey(), "unknown code '" + level.getKey() + "' of "
                                + v.name() + " (known: " + String.join(", ", v.levels()) + ")");
                    }
                    c.levels[v.index()][li] = json.number(level.getValue(), vpath + "." + level.getKey());
                }
            } else {
                if (!e.getValue().isNumber()) {
                    throw json.fail(vpath, v.name() + " is a " + (v.kind() == PmtVariable.Kind.NUMBER ? "number" : "yes/no")
                            + " variable: give one coefficient");
                }
                c.slopes[v.index()] = json.number(e.getValue(), vpath);
            }
        }
        return c;
    }

    private static Map<String, PmtVariable> names() {
        Map<String, PmtVariable> m = new TreeMap<>();
        PmtVariable.all().forEach(v -> m.put(v.name(), v));
        return m;
    }

    public String version() {
        return version;
    }

    /** The file's own description (which data, which method; here: illustrative defaults). */
    public String description() {
        return description;
    }

    /**
     * The coefficients for a household in that province and area.
     *
     * @param province {@code PP}, or null without a location
     * @param urban    null without a location: the national rural coefficients apply (most
     *                 households without an address are in rural or remote areas, and the
     *                 rural base is the more conservative one)
     */
    Coefficients coefficients(String province, Boolean urban) {
        boolean u = Boolean.TRUE.equals(urban);
        if (province != null) {
            Coefficients c = provincial.get(province + (u ? " urban" : " rural"));
            if (c != null) {
                return c;
            }
        }
        return u ? nationalUrban : nationalRural;
    }

    /**
     * One resolved stratum, indexed by {@link PmtVariable#index()}: a slope for numbers and yes/no
     * variables, one coefficient per code for categories. {@code used} marks the variables the
     * file names (the others are not part of this model and do not appear in explanations).
     */
    static final class Coefficients {
        final String label;
        double intercept;
        final boolean[] used;
        final double[] slopes;
        final double[][] levels;

        private Coefficients(String label, double intercept, boolean[] used, double[] slopes, double[][] levels) {
            this.label = label;
            this.intercept = intercept;
            this.used = used;
            this.slopes = slopes;
            this.levels = levels;
        }

        static Coefficients empty(String label) {
            int n = PmtVariable.all().size();
            double[][] levels = new double[n][];
            for (PmtVariable v : PmtVariable.all()) {
                levels[v.index()] = new double[v.levels().size()];
            }
            return new Coefficients(label, 0, new boolean[n], new double[n], levels);
        }

        Coefficients copy(String newLabel) {
            double[][] l = new double[levels.length][];
            for (int i = 0; i < l.length; i++) {
                l[i] = levels[i].clone();
            }
            return new Coefficients(newLabel, intercept, used.clone(), slopes.clone(), l);
        }

        @Override
        public String toString() {
            return label + " intercept=" + intercept + " slopes=" + Arrays.toString(slopes);
        }
    }
}
