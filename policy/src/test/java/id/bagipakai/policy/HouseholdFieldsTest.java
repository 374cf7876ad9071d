package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdFieldsTest {

    /** The member fields that are not specific data, each a decision (see {@link SpecificData}). */
    private static final Set<String> NOT_SPECIFIC = Set.of("memberId", "name", "nik", "noNik", "relationship", "sex",
            "birthDate", "estimatedBirthYear", "maritalStatus", "schoolParticipation", "education", "work",
            "jknStatus", // insurance coverage, not a condition: see SpecificData
            "ppks", // filtered by value: see SpecificData.PPKS
            "qualityFlags");

    @Test
    void specificPointersAddressFieldsOfTheEventSchema() {
        for (String pointer : SpecificData.POINTERS) {
            assertThat(resolve(pointer)).as(pointer).isNotNull();
        }
        assertThat(resolve(SpecificData.DISABILITY).getType()).isEqualTo(Schema.Type.RECORD);
        assertThat(resolve(SpecificData.CHRONIC_ILLNESS).getType()).isEqualTo(Schema.Type.BOOLEAN);
        assertThat(resolve(SpecificData.PREGNANT).getType()).isEqualTo(Schema.Type.BOOLEAN);
        Schema ppks = resolve(SpecificData.PPKS);
        assertThat(ppks.getType()).isEqualTo(Schema.Type.ARRAY);
        assertThat(ppks.getElementType().getType()).isEqualTo(Schema.Type.STRING);
    }

    @Test
    void everyMemberFieldIsClassifiedAsSpecificOrNot() {
        Set<String> specific = SpecificData.POINTERS.stream()
                .map(p -> p.substring("/members/*/".length())).collect(Collectors.toSet());
        Set<String> inSchema = HouseholdMember.getClassSchema().getFields().stream()
                .map(Schema.Field::name).collect(Collectors.toSet());
        Set<String> classified = new HashSet<>(NOT_SPECIFIC);
        classified.addAll(specific);
        // A field added to the event must be classified here (and in SpecificData when it is health,
        // criminal or similar data) before it can be granted knowingly.
        assertThat(classified).as("classified member fields").isEqualTo(inSchema);
        assertThat(specific).doesNotContainAnyElementsOf(NOT_SPECIFIC);
    }

    @Test
    void theCatalogueHoldsExactlyTheSchemaPaths() {
        assertThat(HouseholdFields.all()).contains("", "/kkNumber", "/location", "/location/regionCode",
                "/location/coordinates/latitude", "/housing/roof", "/assets/car", "/livestock/goatsSheep",
                "/programmesReceived", "/members", "/members/*", "/members/*/name", "/members/*/disability/seeing",
                "/members/*/noNik/alternativeIds/*/issuer", "/members/*/work/sector", "/members/*/ppks");
        assertThat(HouseholdFields.all()).doesNotContain("/members/0/name", "/members/*/ppks/*", "/location/", "/nope");
        for (String pointer : HouseholdFields.all()) {
            assertThat(resolve(pointer)).as(pointer).isNotNull();
        }
        assertThat(HouseholdFields.children("")).containsExactly("/kkNumber", "/location", "/housing", "/assets",
                "/livestock", "/programmesReceived", "/members");
        assertThat(HouseholdFields.children("/members")).containsExactly("/members/*");
        assertThat(HouseholdFields.children("/members/*/sex")).isEmpty();
        assertThatThrownBy(() -> HouseholdFields.children("/nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withinAndAboveFollowPathSegments() {
        assertThat(HouseholdFields.within("/members/*/name", "/members/*")).isTrue();
        assertThat(HouseholdFields.within("/members/*", "/members/*")).isTrue();
        assertThat(HouseholdFields.within("/members/*/name", "")).isTrue();
        assertThat(HouseholdFields.within("/location/regionCode", "/location/region")).isFalse();
        assertThat(HouseholdFields.above("/members", "/members/*/name")).isTrue();
        assertThat(HouseholdFields.above("/members/*/name", "/members/*/name")).isFalse();
        assertThat(HouseholdFields.above("/location/region", "/location/regionCode")).isFalse();
    }

    @Test
    void specificMeansAtOrBelowASpecificPointerAndReachingMeansAlsoAbove() {
        assertThat(SpecificData.isSpecific("/members/*/disability/seeing")).isTrue();
        assertThat(SpecificData.isSpecific("/members/*/pregnant")).isTrue();
        assertThat(SpecificData.isSpecific("/members/*")).isFalse();
        assertThat(SpecificData.isSpecific("/members/*/jknStatus")).isFalse();
        assertThat(SpecificData.reachesSpecific("/members/*")).isTrue();
        assertThat(SpecificData.reachesSpecific("")).isTrue();
        assertThat(SpecificData.reachesSpecific("/members/*/name")).isFalse();
        assertThat(SpecificData.reachesSpecific("/housing")).isFalse();
    }

    @Test
    void specificPpksAreExactlyTheStarredCategories() {
        assertThat(SpecificData.specificPpks()).containsExactlyInAnyOrder(Ppks.CHILD_IN_CONFLICT_WITH_LAW,
                Ppks.CHILD_WITH_DISABILITY, Ppks.CHILD_VICTIM_OF_VIOLENCE, Ppks.CHILD_NEEDING_SPECIAL_PROTECTION,
                Ppks.PERSON_WITH_DISABILITY, Ppks.SEX_WORKER, Ppks.FORMER_PRISON_INMATE, Ppks.PERSON_LIVING_WITH_HIV,
                Ppks.VICTIM_OF_DRUG_ABUSE, Ppks.VICTIM_OF_TRAFFICKING, Ppks.VICTIM_OF_VIOLENCE);
    }

    @Test
    void carvingCutsAGrantDownToWhatLiesOutsideTheBoundaries() {
        Set<String> dropped = new HashSet<>();
        Set<String> kept = HouseholdFields.carve(List.of("/members/*"), SpecificData.POINTERS, dropped);
        assertThat(kept).containsExactlyInAnyOrder("/members/*/memberId", "/members/*/name", "/members/*/nik",
                "/members/*/noNik", "/members/*/relationship", "/members/*/sex", "/members/*/birthDate",
                "/members/*/estimatedBirthYear", "/members/*/maritalStatus", "/members/*/schoolParticipation",
                "/members/*/education", "/members/*/work", "/members/*/jknStatus", "/members/*/ppks",
                "/members/*/qualityFlags");
        assertThat(dropped).containsExactlyInAnyOrderElementsOf(SpecificData.POINTERS);

        dropped.clear();
        assertThat(HouseholdFields.carve(List.of("/members/*/disability/seeing", "/members/*/name", "/housing"),
                SpecificData.POINTERS, dropped)).containsExactlyInAnyOrder("/members/*/name", "/housing");
        assertThat(dropped).containsExactly("/members/*/disability/seeing");
    }

    /** Walks the Avro schema by pointer segments; null when a segment does not exist. */
    private static Schema resolve(String pointer) {
        Schema schema = HouseholdState.getClassSchema();
        if (pointer.isEmpty()) {
            return schema;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            schema = nonNull(schema);
            if (segment.equals("*")) {
                if (schema.getType() != Schema.Type.ARRAY || nonNull(schema.getElementType()).getType() != Schema.Type.RECORD) {
                    return null;
                }
                schema = schema.getElementType();
            } else {
                if (schema.getType() != Schema.Type.RECORD || schema.getField(segment) == null) {
                    return null;
                }
                schema = schema.getField(segment).schema();
            }
        }
        return nonNull(schema);
    }

    private static Schema nonNull(Schema schema) {
        return schema.isUnion()
                ? schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow()
                : schema;
    }
}
