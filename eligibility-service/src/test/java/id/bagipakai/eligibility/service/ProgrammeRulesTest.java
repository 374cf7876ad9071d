package id.bagipakai.eligibility.service;

import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.ProgrammeDecision;
import id.bagipakai.eligibility.domain.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static id.bagipakai.eligibility.service.Households.AS_OF;
import static id.bagipakai.eligibility.service.Households.child;
import static id.bagipakai.eligibility.service.Households.inSchool;
import static id.bagipakai.eligibility.service.Households.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeRulesTest {

    static final ProgrammeRules RULES = ProgrammeRules.load("2026.1");

    static Desils desil(int d) {
        return new Desils(d, 1, 1);
    }

    static ProgrammeDecision decide(String programme, HouseholdProfile p, Desils desils) {
        return RULES.decide(p, desils).stream().filter(d -> d.programme().equals(programme)).findFirst().orElseThrow();
    }

    static HouseholdProfile household(HouseholdMember... more) {
        return Households.profile(Households.rural(more));
    }

    @Test
    void the_default_rules_name_the_five_programmes() {
        assertThat(RULES.version()).isEqualTo("2026.1");
        assertThat(RULES.programmes()).containsExactly("PKH", "BPNT_SEMBAKO", "PBI_JKN", "PIP", "ATENSI");
        assertThat(RULES.decide(household(), desil(1))).extracting(ProgrammeDecision::rulesVersion).containsOnly("2026.1");
    }

    @ParameterizedTest(name = "BPNT/Sembako at desil {0}: {1}")
    @CsvSource({"1, true", "4, true", "5, false", "10, false"})
    void bpnt_sembako_is_desil_4_or_below(int desil, boolean eligible) {
        assertThat(decide("BPNT_SEMBAKO", household(), desil(desil)).eligible()).isEqualTo(eligible);
    }

    @ParameterizedTest(name = "PBI-JKN at desil {0}: {1}")
    @CsvSource({"5, true", "6, false"})
    void pbi_jkn_is_desil_5_or_below(int desil, boolean eligible) {
        assertThat(decide("PBI_JKN", household(), desil(desil)).eligible()).isEqualTo(eligible);
    }

    @Test
    void the_desil_reason_states_the_fact_and_the_threshold() {
        assertThat(decide("BPNT_SEMBAKO", household(), desil(3)).reasons())
                .containsExactly(new Reason("national desil ≤ 4", true, "desil 3 ≤ 4"));
        assertThat(decide("BPNT_SEMBAKO", household(), desil(5)).reasons())
                .containsExactly(new Reason("national desil ≤ 4", false, "desil 5 > 4"));
        assertThat(decide("PBI_JKN", household(), Desils.NONE).reasons().getFirst().facts())
                .isEqualTo("no national desil (not ranked)");
    }

    @ParameterizedTest(name = "PKH with a child of {0}, in school {1}: {2}")
    @CsvSource({
            "0, false, true",
            "6, false, true",   // child 0–6, inclusive
            "7, false, false",  // too old for 0–6, not in school
            "7, true, true",    // school child 6–21
            "21, true, true",
            "22, true, false"})
    void pkh_needs_a_component_child(int age, boolean school, boolean eligible) {
        HouseholdMember c = child("c", age);
        if (school) {
            inSchool(c);
        }
        assertThat(decide("PKH", household(c), desil(4)).eligible()).isEqualTo(eligible);
    }

    @ParameterizedTest(name = "PKH with a parent of {0}: {1}")
    @CsvSource({"59, false", "60, true"})
    void pkh_counts_the_elderly_from_60(int age, boolean eligible) {
        HouseholdMember parent = member("p", "PARENT", "FEMALE", AS_OF.minusYears(age));
        assertThat(decide("PKH", household(parent), desil(2)).eligible()).isEqualTo(eligible);
    }

    @Test
    void pkh_counts_pregnancy_and_severe_disability_but_not_above_desil_4() {
        HouseholdProfile plain = household();
        assertThat(decide("PKH", plain, desil(1)).eligible()).isFalse();

        HouseholdMember spouse = member("s", "SPOUSE", "FEMALE", LocalDate.of(1995, 1, 1));
        spouse.setPregnant(true);
        assertThat(decide("PKH", household(spouse), desil(4)).eligible()).isTrue();
        assertThat(decide("PKH", household(spouse), desil(5)).eligible()).isFalse();

        HouseholdMember some = Households.disabled(member("d", "OTHER_RELATIVE", "MALE", LocalDate.of(1990, 1, 1)), "SOME");
        HouseholdMember aLot = Households.disabled(member("d", "OTHER_RELATIVE", "MALE", LocalDate.of(1990, 1, 1)), "A_LOT");
        assertThat(decide("PKH", household(some), desil(3)).eligible()).isFalse();
        assertThat(decide("PKH", household(aLot), desil(3)).eligible()).isTrue();
    }

    @Test
    void pkh_reasons_name_the_member_and_the_component() {
        ProgrammeDecision d = decide("PKH", household(child("c", 4)), desil(3));
        assertThat(d.eligible()).isTrue();
        assertThat(d.reasons()).extracting(Reason::facts).containsExactly("desil 3 ≤ 4",
                "member 3 is 4 years old (child 0–6)");
        assertThat(d.explanation()).containsExactly(
                "PKH (rules 2026.1) national desil ≤ 4: desil 3 ≤ 4 — met",
                "PKH (rules 2026.1) a member who is a PKH component (pregnant woman, child 0–6, school child 6–21, "
                        + "person with severe disability, elderly ≥ 60): member 3 is 4 years old (child 0–6) — met");

        ProgrammeDecision teen = decide("PKH", household(inSchool(child("c", 15))), desil(3));
        assertThat(teen.reasons().get(1).facts()).isEqualTo("member 3 is 15 years old and is in school (school child 6–21)");
    }

    @Test
    void a_failed_member_condition_says_so_and_names_members_of_unknown_age() {
        HouseholdMember unknown = member("u", "CHILD", "MALE", null);
        ProgrammeDecision d = decide("PKH", household(unknown), desil(2));
        assertThat(d.eligible()).isFalse();
        assertThat(d.reasons().get(1).facts()).startsWith("no member is a PKH component")
                .endsWith("(age unknown for member 3)");
    }

    @ParameterizedTest(name = "PIP with a member of {0}, in school {1}, desil {2}: {3}")
    @CsvSource({
            "6, true, 4, true",
            "5, true, 4, false",
            "21, true, 4, true",
            "22, true, 4, false",
            "10, false, 4, false",
            "10, true, 5, false"})
    void pip_is_a_school_child_6_to_21_at_desil_4_or_below(int age, boolean school, int desil, boolean eligible) {
        HouseholdMember c = child("c", age);
        if (school) {
            inSchool(c);
        }
        assertThat(decide("PIP", household(c), desil(desil)).eligible()).isEqualTo(eligible);
    }

    @Test
    void atensi_is_any_ppks_member_whatever_the_desil() {
        HouseholdMember homeless = Households.withPpks(member("x", "OTHER", "MALE", null), "HOMELESS");
        ProgrammeDecision d = decide("ATENSI", household(homeless), desil(10));
        assertThat(d.eligible()).isTrue();
        assertThat(d.reasons()).containsExactly(new Reason("a member who is in a PPKS category", true,
                "member 3 is in PPKS category HOMELESS (in a PPKS category)"));
        assertThat(decide("ATENSI", household(), desil(1)).eligible()).isFalse();
        assertThat(decide("ATENSI", Households.profile(Households.empty()), Desils.NONE).reasons().getFirst().facts())
                .isEqualTo("the household has no members");
    }

    // ---- the file ----

    static ProgrammeRules parse(String json) {
        return ProgrammeRules.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rules.json");
    }

    static String withCondition(String condition) {
        return "{\"version\": \"t\", \"programmes\": [{\"code\": \"X\", \"conditions\": [" + condition + "]}]}";
    }

    @Test
    void an_unknown_condition_kind_fails_the_load_with_its_place() {
        assertThatThrownBy(() -> parse(withCondition("{\"kind\": \"incomeBelow\", \"max\": 3}")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("rules.json at programmes[0].conditions[0].kind")
                .hasMessageContaining("unknown household condition kind 'incomeBelow' (known: anyMember, anyOf, desilAtMost)");
        assertThatThrownBy(() -> parse(withCondition(
                "{\"kind\": \"anyMember\", \"member\": {\"kind\": \"anyOf\", \"of\": [{\"kind\": \"orphan\"}]}}")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("programmes[0].conditions[0].member.of[0].kind")
                .hasMessageContaining("unknown member condition kind 'orphan'");
    }

    @Test
    void other_mistakes_fail_the_load_clearly() {
        assertThatThrownBy(() -> parse(withCondition("{\"kind\": \"desilAtMost\", \"max\": 11}")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("a desil is 1–10: 11");
        assertThatThrownBy(() -> parse(withCondition("{\"kind\": \"desilAtMost\", \"maximum\": 4}")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("unknown field 'maximum'");
        assertThatThrownBy(() -> parse(withCondition("{\"kind\": \"desilAtMost\", \"max\": 4, \"scope\": \"village\"}")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("unknown scope 'village'");
        assertThatThrownBy(() -> parse(withCondition(
                "{\"kind\": \"anyMember\", \"member\": {\"kind\": \"ppks\", \"categories\": [\"HOMELES\"]}}")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("unknown PPKS category 'HOMELES'");
        assertThatThrownBy(() -> parse(withCondition(
                "{\"kind\": \"anyMember\", \"member\": {\"kind\": \"age\", \"min\": 7, \"max\": 6}}")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("empty age band 7–6");
        assertThatThrownBy(() -> parse("{\"version\": \"t\", \"programmes\": [{\"code\": \"X\", \"conditions\": []}]}"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("at least one condition");
        assertThatThrownBy(() -> parse("{\"version\": \"t\", \"programmes\": [{\"code\": \"X\", \"conditions\": "
                + "[{\"kind\": \"desilAtMost\", \"max\": 4}]}, {\"code\": \"X\", \"conditions\": [{\"kind\": \"desilAtMost\", \"max\": 4}]}]}"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("programme X appears twice");
        assertThatThrownBy(() -> ProgrammeRules.load("1999.9"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("/programmes/programmes-1999.9.json");
    }

    @Test
    void a_province_scope_and_alternatives_evaluate_as_written() {
        ProgrammeRules rules = parse(withCondition("{\"kind\": \"anyOf\", \"of\": ["
                + "{\"kind\": \"desilAtMost\", \"max\": 2, \"scope\": \"province\"},"
                + "{\"kind\": \"anyMember\", \"member\": {\"kind\": \"age\", \"min\": 80}}]}"));
        ProgrammeDecision d = rules.decide(household(), new Desils(7, 2, 5)).getFirst();
        assertThat(d.eligible()).isTrue();
        assertThat(d.reasons().getFirst().facts()).isEqualTo("desil 2 ≤ 2; no member is aged ≥ 80 (not met)");
    }
}
