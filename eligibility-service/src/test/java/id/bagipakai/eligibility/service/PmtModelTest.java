package id.bagipakai.eligibility.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PmtModelTest {

    private static final String STRATA = """
            "national": {"urban": {"intercept": 14, "coefficients": %s}, "rural": {"intercept": 13.9}}""";

    private static PmtModel parse(String json) {
        return PmtModel.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String model(String urbanCoefficients, String extra) {
        return "{\"version\": \"t\", " + STRATA.formatted(urbanCoefficients) + extra + "}";
    }

    @Test
    void the_default_model_loads_and_names_only_catalogue_variables() {
        PmtModel m = PmtModel.load("2026.1");
        assertThat(m.version()).isEqualTo("2026.1");
        assertThat(m.description()).contains("ILLUSTRATIVE");
        PmtModel.Coefficients urban = m.coefficients("32", true);
        assertThat(urban.used).containsOnly(true); // the default names every variable
    }

    @Test
    void an_unknown_variable_is_refused_with_its_place_and_the_known_names() {
        assertThatThrownBy(() -> parse(model("{\"logHouseholdSize\": -0.3, \"floorr\": {\"EARTH\": -0.1}}", "")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("test.json at national.urban.coefficients.floorr")
                .hasMessageContaining("unknown variable 'floorr'")
                .hasMessageContaining("known: ")
                .hasMessageContaining("floor,");
    }

    @Test
    void an_unknown_category_code_is_refused() {
        assertThatThrownBy(() -> parse(model("{\"floor\": {\"GOLD\": 0.3}}", "")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("national.urban.coefficients.floor.GOLD")
                .hasMessageContaining("unknown code 'GOLD' of floor");
    }

    @Test
    void kinds_must_match_the_catalogue() {
        assertThatThrownBy(() -> parse(model("{\"floor\": -0.1}", "")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("floor is a category");
        assertThatThrownBy(() -> parse(model("{\"car\": {\"yes\": 0.2}}", "")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("car is a yes/no variable");
        assertThatThrownBy(() -> parse(model("{\"car\": \"0.2\"}", "")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("give one coefficient");
    }

    @Test
    void the_national_strata_need_intercepts_and_unknown_fields_are_refused() {
        assertThatThrownBy(() -> parse("{\"version\": \"t\", \"national\": {\"urban\": {\"intercept\": 1}, \"rural\": {}}}"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("national.rural.intercept: is required");
        assertThatThrownBy(() -> parse(model("{}", ", \"province\": {}")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("unknown field 'province'");
        assertThatThrownBy(() -> parse(model("{}", ", \"provinces\": {\"Jawa\": {}}")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("provinces.Jawa: not a province code");
        assertThatThrownBy(() -> parse("{\"national\": {}}"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("version: is required");
        assertThatThrownBy(() -> parse("{\"version\": \"t\", "))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void a_province_override_replaces_only_what_it_names() {
        PmtModel m = parse(model("{\"car\": 0.2, \"floor\": {\"EARTH\": -0.1, \"CERAMIC\": 0.1}}",
                ", \"provinces\": {\"94\": {\"urban\": {\"coefficients\": {\"floor\": {\"EARTH\": -0.3}}}}}"));
        PmtModel.Coefficients papua = m.coefficients("94", true);
        PmtVariable floor = PmtVariable.named("floor");
        assertThat(papua.intercept).isEqualTo(14);
        assertThat(papua.slopes[PmtVariable.named("car").index()]).isEqualTo(0.2);
        assertThat(papua.levels[floor.index()][floor.levelIndex("EARTH")]).isEqualTo(-0.3);
        assertThat(papua.levels[floor.index()][floor.levelIndex("CERAMIC")]).isEqualTo(0.1);
        assertThat(m.coefficients("94", false).label).isEqualTo("national rural");
        assertThat(m.coefficients("33", true).levels[floor.index()][floor.levelIndex("EARTH")]).isEqualTo(-0.1);
    }

    @Test
    void a_missing_version_file_or_a_mismatched_version_is_refused() {
        assertThatThrownBy(() -> PmtModel.load("1999.9"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("/models/pmt-1999.9.json");
    }
}
