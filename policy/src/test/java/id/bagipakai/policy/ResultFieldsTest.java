package id.bagipakai.policy;

import id.bagipakai.contracts.EventSchemas;
import id.bagipakai.contracts.eligibility.ProgrammeDecision;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultFieldsTest {

    @Test
    void eachGrantReleasesItsRecordFields() {
        assertThat(ResultFields.released(List.of(ResultFields.SCORE)))
                .containsExactlyInAnyOrder("/score", "/modelVersion", "/stratum");
        assertThat(ResultFields.released(List.of(ResultFields.DESILS))).containsExactlyInAnyOrder("/desils", "/previousDesils");
        assertThat(ResultFields.released(List.of(ResultFields.EXPLANATION))).containsExactly("/explanation");
        assertThat(ResultFields.released(List.of(ResultFields.DECISIONS))).containsExactlyInAnyOrder("/rulesVersion",
                "/modelVersion", "/changedProgrammes", "/decisions/*/programme", "/decisions/*/eligible",
                "/decisions/*/objectionId");
        assertThat(ResultFields.released(List.of(ResultFields.REASONS))).containsExactly("/decisions/*/reasons");
    }

    @Test
    void aGroupIsItsMembers() {
        assertThat(ResultFields.released(List.of(ResultFields.WELFARE))).isEqualTo(ResultFields.released(
                List.of(ResultFields.SCORE, ResultFields.DESILS, ResultFields.EXPLANATION)));
        assertThat(ResultFields.released(List.of(ResultFields.ELIGIBILITY))).isEqualTo(ResultFields.released(
                List.of(ResultFields.DECISIONS, ResultFields.REASONS)));
        assertThat(ResultFields.children(ResultFields.WELFARE))
                .containsExactly(ResultFields.SCORE, ResultFields.DESILS, ResultFields.EXPLANATION);
    }

    @Test
    void theRegionLeavesOnlyWithTheHouseholdsRegionGrant() {
        assertThat(ResultFields.released(List.of("/location/regionCode"))).containsExactly(ResultFields.REGION_CODE);
        assertThat(ResultFields.released(List.of("/location"))).containsExactly(ResultFields.REGION_CODE);
        assertThat(ResultFields.released(List.of(ResultFields.WELFARE, ResultFields.ELIGIBILITY)))
                .doesNotContain(ResultFields.REGION_CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/members/*/name", "/members", "/kkNumber", "/location/address", "/housing"})
    void otherHouseholdFieldsReleaseNothingOfAResult(String householdField) {
        assertThat(ResultFields.released(List.of(householdField))).isEmpty();
    }

    @Test
    void theSubjectsAndTheEnvelopeAreNeverGrantable() {
        Set<String> all = ResultFields.released(ResultFields.grantable());
        assertThat(all).doesNotContain(ResultFields.SUBJECTS).noneMatch(p -> p.startsWith("/subjects"));
        assertThat(all).doesNotContainAnyElementsOf(ResultFields.ENVELOPE);
        assertThat(ResultFields.contains(ResultFields.SUBJECTS)).isFalse();
    }

    @Test
    void theSpecificFieldsAreTheExplanationAndTheReasons() {
        assertThat(ResultFields.specific()).containsExactlyInAnyOrder("/explanation", "/decisions/*/reasons");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/welfare/", "/score", "/desils", "/eligibility/decisions/*", "/subjects", "welfare"})
    void refusesPointersOutsideTheCatalogue(String pointer) {
        assertThat(ResultFields.contains(pointer)).isFalse();
        assertThatThrownBy(() -> ResultFields.children(pointer)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every field of both result events is classified: envelope, subjects, region, or released by
     * some grant. A field added to the events fails here until someone decides what grants it (and
     * whether it is derived from specific data).
     */
    @Test
    void everyFieldOfTheResultEventsIsClassified() {
        Set<String> classified = new HashSet<>(ResultFields.ENVELOPE);
        classified.add(ResultFields.SUBJECTS);
        classified.add(ResultFields.REGION_CODE);
        classified.addAll(ResultFields.released(ResultFields.grantable()));
        for (Schema schema : EventSchemas.ELIGIBILITY_RESULTS) {
            for (Schema.Field field : schema.getFields()) {
                String pointer = "/" + field.name();
                assertThat(classified).as("%s.%s", schema.getName(), field.name())
                        .anyMatch(c -> c.equals(pointer) || c.startsWith(pointer + "/"));
            }
        }
        for (Schema.Field field : ProgrammeDecision.getClassSchema().getFields()) {
            assertThat(classified).as("ProgrammeDecision.%s", field.name()).contains("/decisions/*/" + field.name());
        }
    }

    @Test
    void agreementTermsAcceptEitherCatalogueAndNothingElse() {
        assertThat(AgreementTerms.isGrantable(ResultFields.WELFARE)).isTrue();
        assertThat(AgreementTerms.isGrantable("/members/*/name")).isTrue();
        assertThat(AgreementTerms.isGrantable("/score")).isFalse();
        assertThat(AgreementTerms.grantableFields()).containsAll(ResultFields.grantable())
                .containsAll(HouseholdFields.grantable()).doesNotContain("");
        assertThat(Fixtures.terms(LegalBasis.PUBLIC_TASK, Set.of(ResultFields.WELFARE, "/location/regionCode")).fields())
                .hasSize(2);
        assertThatThrownBy(() -> Fixtures.terms(LegalBasis.PUBLIC_TASK, Set.of("/subjects")))
                .hasMessageContaining("household state or of the eligibility results");
    }
}
