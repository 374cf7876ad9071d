package id.bagipakai.consent.domain;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdFieldPathsTest {

    @Test
    void namesEveryFieldOfTheHouseholdStateWithStarsForArrayElements() {
        assertThat(HouseholdFieldPaths.household())
                .contains("/kkNumber", "/location", "/location/regionCode", "/location/coordinates/latitude",
                        "/housing/roof", "/assets/smartphone", "/livestock/cattle", "/programmesReceived",
                        "/members", "/members/*/name", "/members/*/nik", "/members/*/disability/seeing",
                        "/members/*/noNik/alternativeIds/*/issuer", "/members/*/ppks")
                .doesNotContain("", "/", "/members/name", "/members/*", "/household/kkNumber", "/location/nope");
    }

    @Test
    void followsNullableUnionsArraysMapsAndStopsAtRecursion() {
        Schema schema = new Schema.Parser().parse("""
                {"type":"record","name":"Node","fields":[
                  {"name":"label","type":["null","string"],"default":null},
                  {"name":"count","type":"int"},
                  {"name":"tags","type":{"type":"map","values":{"type":"record","name":"Tag","fields":[
                      {"name":"value","type":"string"}]}}},
                  {"name":"children","type":{"type":"array","items":"Node"}},
                  {"name":"parent","type":["null","Node"],"default":null}]}""");

        assertThat(HouseholdFieldPaths.of(schema)).containsExactly(
                "/children", "/count", "/label", "/parent", "/tags", "/tags/*/value");
    }

    @Test
    void refusesANonRecord() {
        assertThatThrownBy(() -> HouseholdFieldPaths.of(Schema.create(Schema.Type.STRING)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
