package id.bagipakai.contracts;

import id.bagipakai.contracts.registration.SchemaRegistration;
import id.bagipakai.contracts.registration.SchemaRegistration.RegisteredVersion;
import id.bagipakai.contracts.registration.SchemaRegistration.SchemaRefusedException;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.testsupport.Stack;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real Apicurio Registry: our schemas are registered and guarded by BACKWARD. */
class SchemaCompatibilityIT {

    private static SchemaRegistration registration;

    @BeforeAll
    static void registry() {
        registration = new SchemaRegistration(Stack.infra().apicurioUrl());
        registration.ensureGlobalRule("COMPATIBILITY", "BACKWARD");
    }

    @Test
    void registeringTheSameSchemasTwiceKeepsTheirVersion() {
        var first = registration.registerAll();
        var second = registration.registerAll();

        assertThat(first).hasSize(EventSchemas.ALL.size()).isEqualTo(second);
        assertThat(first).extracting(RegisteredVersion::groupId)
                .containsOnly("id.bagipakai.contracts.registry", "id.bagipakai.contracts.consent",
                        "id.bagipakai.contracts.eligibility");
        assertThat(first).extracting(RegisteredVersion::artifactId)
                .contains("HouseholdRegistered", "AgreementChanged", "MemberConsentsChanged", "WelfareRankChanged",
                        "EligibilityChanged", "ObjectionResolved");
    }

    @Test
    void anIncompatibleChangeToAPublishedEventIsRefused() {
        registration.registerAll();
        Schema published = HouseholdRegistered.getClassSchema();
        RegisteredVersion before = registration.latest(EventSchemas.groupOf(published), EventSchemas.artifactOf(published));

        // A new required field without default: old events could no longer be read.
        Schema broken = withField(published, "{\"name\":\"mandatoryNew\",\"type\":\"string\"}");

        assertThatThrownBy(() -> registration.register(EventSchemas.groupOf(published),
                EventSchemas.artifactOf(published), broken))
                .isInstanceOf(SchemaRefusedException.class)
                .hasMessageContaining("HouseholdRegistered")
                .satisfies(e -> assertThat(((SchemaRefusedException) e).status()).isBetween(400, 499));
        assertThat(registration.latest(EventSchemas.groupOf(published), EventSchemas.artifactOf(published)))
                .isEqualTo(before);
    }

    @Test
    void aCompatibleChangeIsAcceptedAndAnIncompatibleOneIsNot() {
        String group = "bagipakai.test." + UUID.randomUUID();
        Schema v1 = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Probe\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
        Schema v2 = withField(v1, "{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}");
        Schema v3 = withField(v2, "{\"name\":\"c\",\"type\":\"int\"}");

        RegisteredVersion first = registration.register(group, "Probe", v1);
        RegisteredVersion second = registration.register(group, "Probe", v2);

        assertThat(second.version()).isNotEqualTo(first.version());
        assertThatThrownBy(() -> registration.register(group, "Probe", v3))
                .isInstanceOf(SchemaRefusedException.class);
    }

    private static Schema withField(Schema schema, String fieldJson) {
        String json = schema.toString();
        String withField = json.replaceFirst("\"fields\":\\[", "\"fields\":[" + fieldJson + ",");
        return new Schema.Parser().parse(withField);
    }
}
