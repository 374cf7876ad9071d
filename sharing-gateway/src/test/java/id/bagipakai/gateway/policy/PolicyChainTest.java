package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyChainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STREAM = "household-events";

    private final PolicyChain chain = new PolicyChain(List.of(
            new StreamGrantStep(Map.of(STREAM, "stream:household-events")),
            new FieldMinimisationStep(Map.of(STREAM, Set.of("/householdId", "/household/regionCode")))));

    private static ObjectNode event() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"householdId":"h1","version":1,
                 "household":{"regionCode":"11.01.01.2001","kkNumber":"1101012345678901","address":"Jl. X"},
                 "brandNewField":{"secret":true}}""");
    }

    @Test
    void anAgencyWithTheStreamRoleGetsOnlyTheGrantedFields() throws Exception {
        Decision decision = chain.decide(new DisclosureRequest("a", Set.of("stream:household-events"), STREAM, event()));

        assertThat(decision).isInstanceOf(Decision.Redact.class);
        assertThat(decision.recordOrNull().toString())
                .isEqualTo("{\"householdId\":\"h1\",\"household\":{\"regionCode\":\"11.01.01.2001\"}}");
        assertThat(((Decision.Redact) decision).removed())
                .containsExactlyInAnyOrder("/version", "/household/kkNumber", "/household/address", "/brandNewField");
    }

    @Test
    void anAgencyWithoutTheStreamRoleGetsNothing() throws Exception {
        Decision decision = chain.decide(new DisclosureRequest("a", Set.of("agency"), STREAM, event()));

        assertThat(decision).isInstanceOf(Decision.Deny.class);
        assertThat(decision.recordOrNull()).isNull();
        assertThat(((Decision.Deny) decision).step()).isEqualTo("stream-grant");
    }

    @Test
    void aStreamNoGrantCoversIsDenied() throws Exception {
        Decision decision = chain.decide(new DisclosureRequest("a", Set.of("stream:household-events"), "other", event()));

        assertThat(decision).isInstanceOf(Decision.Deny.class);
    }

    @Test
    void anEmptyChainDeniesEverything() throws Exception {
        Decision decision = new PolicyChain(List.of())
                .decide(new DisclosureRequest("a", Set.of("stream:household-events"), STREAM, event()));

        assertThat(decision).isInstanceOf(Decision.Deny.class);
    }

    @Test
    void aRecordWithOnlyGrantedFieldsIsReleasedUnchanged() throws Exception {
        ObjectNode record = (ObjectNode) JSON.readTree("{\"householdId\":\"h1\",\"household\":{\"regionCode\":\"11\"}}");

        Decision decision = chain.decide(new DisclosureRequest("a", Set.of("stream:household-events"), STREAM, record));

        assertThat(decision).isEqualTo(new Decision.Release(record));
    }

    @Test
    void minimisationDoesNotChangeTheInputRecord() throws Exception {
        ObjectNode record = event();
        String before = record.toString();

        chain.decide(new DisclosureRequest("a", Set.of("stream:household-events"), STREAM, record));

        assertThat(record.toString()).isEqualTo(before);
    }
}
