package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.policy.AgreementTerms;
import id.bagipakai.policy.ConsentLedger;
import id.bagipakai.policy.ConsentRecord;
import id.bagipakai.policy.ConsentScope;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.HouseholdFacts;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.MemberFacts;
import id.bagipakai.policy.Purpose;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyChainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STREAM = "household-events";
    private static final String ROLE = "stream:household-events";
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    private final PolicyChain chain = new PolicyChain(List.of(new StreamGrantStep(Map.of(STREAM, ROLE)),
            new AgreementInForceStep(), new AgreementConsentStep(), new FieldMinimisationStep()));

    private static ObjectNode event() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"eventId":"e1","eventType":"HouseholdRegistered","householdId":"h1","version":1,
                 "occurredAt":"2026-11-24T02:00:00Z","agreementId":"pks-1","changedBy":"operator1",
                 "household":{"kkNumber":"3273011234567890",
                   "location":{"regionCode":"32.73.01.1001","address":"Jl. Braga 1"},
                   "members":[
                     {"memberId":"m1","name":"Asep","nik":"3273011203800001","ppks":["DESTITUTE","VICTIM_OF_DRUG_ABUSE"]},
                     {"memberId":"m2","name":"Siti","nik":"3273015507850002","ppks":[]}],
                   "brandNewField":{"secret":true}}}""");
    }

    private static HouseholdFacts facts() {
        return new HouseholdFacts("32.73.01.1001", List.of(
                new MemberFacts("m1", LocalDate.of(1980, 3, 12), null, Set.of(Ppks.DESTITUTE, Ppks.VICTIM_OF_DRUG_ABUSE)),
                new MemberFacts("m2", LocalDate.of(1985, 7, 15), null, Set.of())));
    }

    private static AgreementGrant grant(AgreementStatus status, String agency, String... regions) {
        AgreementTerms terms = new AgreementTerms("pks-1", "agency-1", status, Purpose.SOCIAL_ASSISTANCE_TARGETING,
                LegalBasis.PUBLIC_TASK, Set.of("HouseholdRegistered"),
                Set.of("/location/regionCode", "/members/*/name", "/members/*/ppks"), Set.of(regions), Set.of(),
                AccessMode.IDENTIFIED, NOW.minusSeconds(3600), NOW.plusSeconds(3600));
        return new AgreementGrant(terms, agency, true, Set.of(STREAM), Set.of(DeliveryMode.SSE), 4, NOW);
    }

    private DisclosureRequest request(AgreementGrant grant, Set<String> roles, Map<String, ConsentLedger> consents)
            throws Exception {
        return new DisclosureRequest("dinsos-bandung", roles, STREAM, DeliveryMode.SSE, grant, "HouseholdRegistered",
                event(), facts(), consents, NOW);
    }

    @Test
    void anAgencyReceivesOnlyWhatItsAgreementAndTheConsentsAllow() throws Exception {
        Decision decision = chain.decide(request(grant(AgreementStatus.ACTIVE, "dinsos-bandung", "32.73"),
                Set.of(ROLE), Map.of()));

        assertThat(decision).isInstanceOf(Decision.Redact.class);
        // No consent on a public-task basis: members flow, their specific PPKS category does not.
        assertThat(JSON.readTree(decision.recordOrNull().toString())).isEqualTo(JSON.readTree("""
                {"eventId":"e1","eventType":"HouseholdRegistered","householdId":"h1","version":1,
                 "occurredAt":"2026-11-24T02:00:00Z","agreementId":"pks-1",
                 "household":{"location":{"regionCode":"32.73.01.1001"},
                   "members":[{"name":"Asep","ppks":["DESTITUTE"]},{"name":"Siti","ppks":[]}]}}"""));
        assertThat(((Decision.Redact) decision).removed()).contains("/household/kkNumber",
                "/household/location/address", "/household/members/0/nik", "/household/members/0/memberId",
                "/household/brandNewField", "/changedBy");
    }

    @Test
    void aMemberWhoRefusedIsLeftOut() throws Exception {
        ConsentLedger refused = ConsentLedger.of("m2", List.of(new ConsentRecord("c1", "m2",
                new ConsentScope.OfAgreement("pks-1"), ConsentState.REFUSED, NOW.minusSeconds(60), false, false)));

        Decision decision = chain.decide(request(grant(AgreementStatus.ACTIVE, "dinsos-bandung", "32.73"),
                Set.of(ROLE), Map.of("m2", refused)));

        assertThat(decision.recordOrNull().path("household").path("members")).hasSize(1);
        assertThat(decision.recordOrNull().toString()).contains("Asep").doesNotContain("Siti");
        assertThat(((Decision.Redact) decision).removed()).contains("/household/members/1");
    }

    @Test
    void aWholeObjectGrantCarriesOnlyTheFieldsTheCatalogueKnows() throws Exception {
        // Events are read with the writer's schema: a newer producer's field must not ride on a grant of its parent.
        ObjectNode event = event();
        ((ObjectNode) event.at("/household/location")).put("what3words", "///secret.home.here");
        ObjectNode asep = (ObjectNode) event.at("/household/members/0");
        asep.put("brandNewField", "secret");
        asep.putObject("noNik").put("reason", "NOT_REGISTERED").putArray("alternativeIds")
                .addObject().put("issuer", "SCHOOL").put("value", "A-1").put("checksum", "secret");
        ConsentLedger granted = ConsentLedger.of("m1", List.of(new ConsentRecord("c1", "m1",
                new ConsentScope.OfAgreement("pks-1"), ConsentState.GRANTED, NOW.minusSeconds(60), false, false)));
        AgreementTerms terms = new AgreementTerms("pks-1", "agency-1", AgreementStatus.ACTIVE,
                Purpose.SOCIAL_ASSISTANCE_TARGETING, LegalBasis.EXPLICIT_CONSENT, Set.of("HouseholdRegistered"),
                Set.of("/location", "/members/*"), Set.of("32.73"), Set.of(), AccessMode.IDENTIFIED,
                NOW.minusSeconds(3600), NOW.plusSeconds(3600));
        AgreementGrant grant = new AgreementGrant(terms, "dinsos-bandung", true, Set.of(STREAM),
                Set.of(DeliveryMode.SSE), 1, NOW);

        Decision decision = chain.decide(new DisclosureRequest("dinsos-bandung", Set.of(ROLE), STREAM, DeliveryMode.SSE,
                grant, "HouseholdRegistered", event, facts(), Map.of("m1", granted), NOW));

        String released = decision.recordOrNull().toString();
        assertThat(released).contains("Jl. Braga 1", "Asep", "NOT_REGISTERED", "A-1")
                .doesNotContain("what3words", "brandNewField", "checksum", "Siti");
        assertThat(((Decision.Redact) decision).removed()).contains("/household/location/what3words",
                "/household/members/0/brandNewField", "/household/members/0/noNik/alternativeIds/0/checksum");
    }

    @Test
    void eachStepDeniesWhatItGuards() throws Exception {
        assertThat(deniedBy(request(grant(AgreementStatus.ACTIVE, "dinsos-bandung", "32.73"), Set.of("agency"),
                Map.of()))).isEqualTo("stream-grant");
        assertThat(deniedBy(request(grant(AgreementStatus.REVOKED, "dinsos-bandung", "32.73"), Set.of(ROLE),
                Map.of()))).isEqualTo("agreement-in-force");
        assertThat(deniedBy(request(grant(AgreementStatus.ACTIVE, "someone-else", "32.73"), Set.of(ROLE),
                Map.of()))).isEqualTo("agreement-in-force");
        assertThat(deniedBy(request(grant(AgreementStatus.ACTIVE, "dinsos-bandung", "31"), Set.of(ROLE),
                Map.of()))).isEqualTo("agreement-consent");
    }

    @Test
    void anEmptyChainDeniesEverything() throws Exception {
        Decision decision = new PolicyChain(List.of())
                .decide(request(grant(AgreementStatus.ACTIVE, "dinsos-bandung", "32.73"), Set.of(ROLE), Map.of()));

        assertThat(decision).isInstanceOf(Decision.Deny.class);
    }

    @Test
    void minimisationDoesNotChangeTheInputRecord() throws Exception {
        DisclosureRequest request = request(grant(AgreementStatus.ACTIVE, "dinsos-bandung", "32.73"), Set.of(ROLE),
                Map.of());
        String before = request.record().toString();

        chain.decide(request);

        assertThat(request.record().toString()).isEqualTo(before);
    }

    private String deniedBy(DisclosureRequest request) {
        Decision decision = chain.decide(request);
        assertThat(decision).isInstanceOf(Decision.Deny.class);
        return ((Decision.Deny) decision).step();
    }
}
