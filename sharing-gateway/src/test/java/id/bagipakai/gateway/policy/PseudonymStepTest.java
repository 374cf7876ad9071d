package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.gateway.pseudonym.KeyRing;
import id.bagipakai.gateway.pseudonym.Pseudonymiser;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.policy.AgreementTerms;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.HouseholdFacts;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.MemberFacts;
import id.bagipakai.policy.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole chain as the gateway runs it, with pseudonyms last. */
class PseudonymStepTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STREAM = "household-events";
    private static final String ROLE = "stream:household-events";
    private static final String AGENCY = "dinsos-bandung";
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final List<String> IDENTIFIERS = List.of("hh-0c1f9a7e", "3273011234567890", "mb-5d2e8b41",
            "3273011203800001", "mb-9a3c7f02", "UNHCR-778812");

    @TempDir
    Path keys;

    private PolicyChain chain() {
        return new PolicyChain(List.of(new StreamGrantStep(Map.of(STREAM, ROLE)), new AgreementInForceStep(),
                new AgreementConsentStep(), new FieldMinimisationStep(),
                new PseudonymStep(new Pseudonymiser(new KeyRing(keys)))));
    }

    private static DisclosureRequest request(AccessMode mode) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree("""
                {"eventId":"e1","eventType":"HouseholdRegistered","householdId":"hh-0c1f9a7e","version":1,
                 "occurredAt":"2026-11-24T02:00:00Z","agreementId":"pks-1",
                 "household":{"kkNumber":"3273011234567890",
                   "location":{"regionCode":"32.73.01.1001","address":"Jl. Braga 1"},
                   "members":[
                     {"memberId":"mb-5d2e8b41","name":"Asep","nik":"3273011203800001","noNik":null,"ppks":[]},
                     {"memberId":"mb-9a3c7f02","name":"Siti","nik":null,"ppks":[],
                      "noNik":{"reason":"REFUGEE","alternativeIds":[
                        {"issuer":"UNHCR","issuerName":null,"value":"UNHCR-778812"}]}}]}}""");
        HouseholdFacts facts = new HouseholdFacts("32.73.01.1001", List.of(
                new MemberFacts("mb-5d2e8b41", LocalDate.of(1980, 3, 12), null, Set.of()),
                new MemberFacts("mb-9a3c7f02", LocalDate.of(1985, 7, 15), null, Set.of())));
        AgreementTerms terms = new AgreementTerms("pks-1", "agency-1", AgreementStatus.ACTIVE,
                Purpose.SOCIAL_ASSISTANCE_TARGETING, LegalBasis.PUBLIC_TASK, Set.of("HouseholdRegistered"),
                Set.of("/kkNumber", "/location/regionCode", "/members/*/memberId", "/members/*/name",
                        "/members/*/nik", "/members/*/noNik"),
                Set.of("32.73"), Set.of(), mode, NOW.minusSeconds(3600), NOW.plusSeconds(3600));
        AgreementGrant grant = new AgreementGrant(terms, AGENCY, true, Set.of(STREAM), Set.of(DeliveryMode.SSE), 1, NOW);
        return new DisclosureRequest(AGENCY, Set.of(ROLE), STREAM, DeliveryMode.SSE, grant, "HouseholdRegistered",
                event, facts, Map.of(), NOW);
    }

    @Test
    void aPseudonymousAgreementReleasesNoRawIdentifier() throws Exception {
        DisclosureRequest request = request(AccessMode.PSEUDONYMOUS);
        String before = request.record().toString();

        Decision decision = chain().decide(request);

        ObjectNode released = decision.recordOrNull();
        assertThat(released).isNotNull();
        String text = JSON.writeValueAsString(released);
        IDENTIFIERS.forEach(id -> assertThat(text).as(id).doesNotContain(id));
        assertThat(released.at("/householdId").asText()).matches("p1_[a-z2-7]{26}");
        assertThat(released.at("/household/members/0/nik").asText()).matches("p1_[a-z2-7]{26}");
        assertThat(released.at("/household/members/1/nik").isNull()).isTrue();
        assertThat(released.at("/household/members/0/name").asText()).isEqualTo("Asep");
        // The event's id too: shared by every agency otherwise, it would let two of them join records.
        assertThat(released.at("/eventId").asText()).matches("p1_[a-z2-7]{26}");
        assertThat(request.record().toString()).isEqualTo(before);
    }

    @Test
    void anIdentifiedAgreementKeepsTheIdentifiers() throws Exception {
        Decision decision = chain().decide(request(AccessMode.IDENTIFIED));

        String text = JSON.writeValueAsString(decision.recordOrNull());
        IDENTIFIERS.forEach(id -> assertThat(text).as(id).contains(id));
    }

    @Test
    void theStepAloneReturnsACopyAndLeavesItsInputAlone() throws Exception {
        DisclosureRequest request = request(AccessMode.PSEUDONYMOUS);
        String before = request.record().toString();

        Decision decision = new PseudonymStep(new Pseudonymiser(new KeyRing(keys))).decide(request);

        assertThat(decision).isInstanceOf(Decision.Release.class);
        assertThat(decision.recordOrNull()).isNotSameAs(request.record());
        assertThat(request.record().toString()).isEqualTo(before);
        assertThat(decision.recordOrNull().toString()).doesNotContain("3273011203800001");
    }
}
