package id.bagipakai.eligibility.service;

import com.fasterxml.jackson.databind.JsonNode;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.ProgrammeDecision;
import id.bagipakai.eligibility.domain.Reason;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A versioned, declarative rule set ({@code programmes/programmes-<version>.json}) and its small
 * interpreter: a household profile and its desils give one {@link ProgrammeDecision} per
 * programme, eligible when all its conditions are met, each condition with its facts.
 *
 * <pre>{@code
 * {"version": "2026.1", "description": "…",
 *  "programmes": [
 *    {"code": "PIP", "name": "Program Indonesia Pintar", "conditions": [
 *      {"kind": "desilAtMost", "max": 4},
 *      {"kind": "anyMember", "member": {"kind": "allOf", "label": "school child 6–21",
 *                                       "of": [{"kind": "age", "min": 6, "max": 21}, {"kind": "inSchool"}]}}]}]}
 * }</pre>
 *
 * Household condition kinds: {@code desilAtMost} (max 1–10, scope national|province|regency,
 * default national), {@code anyMember} (member, label), {@code anyOf} (of). Member condition kinds:
 * {@code pregnant}, {@code age} (min, max: inclusive, completed years), {@code inSchool},
 * {@code disability} (Washington Group), {@code ppks} (categories; none = any), {@code allOf},
 * {@code anyOf} (of); each takes an optional label that reasons quote. Any other kind or field
 * fails the load.
 */
public final class ProgrammeRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> ROOT_FIELDS = Set.of("version", "description", "programmes");
    private static final Set<String> PROGRAMME_FIELDS = Set.of("code", "name", "description", "conditions");

    private final String version;
    private final List<Programme> programmes;

    /** One programme's rule. */
    record Programme(String code, String name, List<HouseholdCondition> conditions) {
    }

    private ProgrammeRules(String version, List<Programme> programmes) {
        this.version = version;
        this.programmes = List.copyOf(programmes);
    }

    /** Loads {@code /programmes/programmes-<version>.json}; the file must state that version. */
    public static ProgrammeRules load(String version) {
        String path = "/programmes/programmes-" + version + ".json";
        ProgrammeRules rules = parse(JsonDefinitions.resource(path), path);
        if (!rules.version.equals(version)) {
            throw new DefinitionException(path, "version", "is " + rules.version + ", the file name says " + version);
        }
        return rules;
    }

    /**
     * @param source how errors name the file
     * @throws DefinitionException for an unknown condition kind or field, a missing or ill-typed
     *     value, an unknown PPKS category, a duplicate programme, an empty age band
     */
    public static ProgrammeRules parse(InputStream in, String source) {
        JsonDefinitions json = new JsonDefinitions(source);
        JsonNode root = json.read(in);
        json.onlyFields(root, "", ROOT_FIELDS);
        String version = json.text(root, "version", "", true);
        json.text(root, "description", "", false);
        List<Programme> programmes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<JsonNode> nodes = json.array(root, "programmes", "", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = JsonDefinitions.index("programmes", i);
            JsonNode p = nodes.get(i);
            json.onlyFields(p, path, PROGRAMME_FIELDS);
            String code = json.text(p, "code", path, true);
            if (!CODE.matcher(code).matches()) {
                throw json.fail(path + ".code", "programme codes are upper-case words like PKH or PBI_JKN: " + code);
            }
            if (!codes.add(code)) {
                throw json.fail(path + ".code", "programme " + code + " appears twice");
            }
            String name = json.text(p, "name", path, false);
            json.text(p, "description", path, false);
            List<JsonNode> cs = json.array(p, "conditions", path, true);
            if (cs.isEmpty()) {
                throw json.fail(path + ".conditions", "a programme needs at least one condition");
            }
            List<HouseholdCondition> conditions = new ArrayList<>();
            for (int j = 0; j < cs.size(); j++) {
                conditions.add(household(json, cs.get(j), JsonDefinitions.index(path + ".conditions", j)));
            }
            programmes.add(new Programme(code, name, conditions));
        }
        return new ProgrammeRules(version, programmes);
    }

    public String version() {
        return version;
    }

    /** The programme codes, in file order. */
    public List<String> programmes() {
        return programmes.stream().map(Programme::code).toList();
    }

    /**
     * One decision per programme, in file order.
     *
     * @param desils the household's current desils ({@link Desils#NONE} when it is not ranked)
     */
    public List<ProgrammeDecision> decide(HouseholdProfile household, Desils desils) {
        List<ProgrammeDecision> decisions = new ArrayList<>(programmes.size());
        for (Programme p : programmes) {
            List<Reason> reasons = p.conditions().stream().map(c -> c.evaluate(household, desils)).toList();
            decisions.add(new ProgrammeDecision(p.code(), reasons.stream().allMatch(Reason::met), version, reasons));
        }
        return decisions;
    }

    // ---- parsing conditions ----

    private static final Map<String, Set<String>> HOUSEHOLD_KINDS = Map.of(
            "desilAtMost", Set.of("kind", "max", "scope"),
            "anyMember", Set.of("kind", "member", "label"),
            "anyOf", Set.of("kind", "of"));

    private static final Map<String, Set<String>> MEMBER_KINDS = Map.of(
            "pregnant", Set.of("kind", "label"),
            "age", Set.of("kind", "min", "max", "label"),
            "inSchool", Set.of("kind", "label"),
            "disability", Set.of("kind", "label"),
            "ppks", Set.of("kind", "categories", "label"),
            "allOf", Set.of("kind", "of", "label"),
            "anyOf", Set.of("kind", "of", "label"));

    private static HouseholdCondition household(JsonDefinitions json, JsonNode node, String path) {
        String kind = kind(json, node, path, HOUSEHOLD_KINDS, "household");
        return switch (kind) {
            case "desilAtMost" -> {
                int max = json.integer(node, "max", path, true);
                if (max < 1 || max > 10) {
                    throw json.fail(path + ".max", "a desil is 1–10: " + max);
                }
                String scope = json.text(node, "scope", path, false);
                yield new HouseholdCondition.DesilAtMost(max, scope == null ? Desils.Scope.NATIONAL : scope(json, scope,
                        path + ".scope"));
            }
            case "anyMember" -> new HouseholdCondition.AnyMember(
                    member(json, json.object(node, "member", path, true), path + ".member"),
                    json.text(node, "label", path, false));
            case "anyOf" -> new HouseholdCondition.AnyOf(list(json, node, path, ProgrammeRules::household));
            default -> throw new IllegalStateException(kind);
        };
    }

    private static MemberCondition member(JsonDefinitions json, JsonNode node, String path) {
        String kind = kind(json, node, path, MEMBER_KINDS, "member");
        String label = json.text(node, "label", path, false);
        return switch (kind) {
            case "pregnant" -> new MemberCondition.Pregnant(label);
            case "inSchool" -> new MemberCondition.InSchool(label);
            case "disability" -> new MemberCondition.Disability(label);
            case "age" -> {
                Integer min = json.integer(node, "min", path, false);
                Integer max = json.integer(node, "max", path, false);
                if (min == null && max == null) {
                    throw json.fail(path, "an age condition needs min, max or both");
                }
                if ((min != null && min < 0) || (min != null && max != null && min > max)) {
                    throw json.fail(path, "empty age band " + min + "–" + max);
                }
                yield new MemberCondition.Age(min, max, label);
            }
            case "ppks" -> {
                Set<Ppks> categories = EnumSet.noneOf(Ppks.class);
                List<JsonNode> items = json.array(node, "categories", path, false);
                for (int i = 0; i < items.size(); i++) {
                    String code = items.get(i).asText();
                    try {
                        categories.add(Ppks.valueOf(code));
                    } catch (IllegalArgumentException e) {
                        throw json.fail(JsonDefinitions.index(path + ".categories", i), "unknown PPKS category '"
                                + code + "' (known: " + Arrays.stream(Ppks.values()).map(Ppks::name)
                                .collect(Collectors.joining(", ")) + ")");
                    }
                }
                yield new MemberCondition.PpksIn(categories, label);
            }
            case "allOf" -> new MemberCondition.AllOf(list(json, node, path, ProgrammeRules::member), label);
            case "anyOf" -> new MemberCondition.AnyOf(list(json, node, path, ProgrammeRules::member), label);
            default -> throw new IllegalStateException(kind);
        };
    }

    private interface Reader<T> {
        T read(JsonDefinitions json, JsonNode node, String path);
    }

    private static <T> List<T> list(JsonDefinitions json, JsonNode node, String path, Reader<T> reader) {
        List<JsonNode> items = json.array(node, "of", path, true);
        if (items.isEmpty()) {
            throw json.fail(path + ".of", "needs at least one condition");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = JsonDefinitions.index(path + ".of", i);
            if (!item.isObject()) {
                throw json.fail(itemPath, "must be an object");
            }
            out.add(reader.read(json, item, itemPath));
        }
        return out;
    }

    private static String kind(JsonDefinitions json, JsonNode node, String path, Map<String, Set<String>> kinds,
                               String what) {
        if (!node.isObject()) {
            throw json.fail(path, "must be an object");
        }
        String kind = json.text(node, "kind", path, true);
        Set<String> fields = kinds.get(kind);
        if (fields == null) {
            throw json.fail(path + ".kind", "unknown " + what + " condition kind '" + kind + "' (known: "
                    + String.join(", ", new TreeSet<>(kinds.keySet())) + ")");
        }
        json.onlyFields(node, path, fields);
        return kind;
    }

    private static Desils.Scope scope(JsonDefinitions json, String text, String path) {
        for (Desils.Scope s : Desils.Scope.values()) {
            if (s.label().equals(text.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw json.fail(path, "unknown scope '" + text + "' (known: national, province, regency)");
    }
}
