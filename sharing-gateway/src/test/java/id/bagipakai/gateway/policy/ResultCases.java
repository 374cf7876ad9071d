package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.contracts.Streams;
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

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Eligibility results as the gateway reads them (JSON with the subjects), agreements and consents for them. */
final class ResultCases {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    static final String AGENCY = "dinsos-bandung";
    static final String AGREEMENT = "pks-r";
    static final String ROLE = "stream:eligibility";
    static final Map<String, String> ROLES = Map.of(Streams.ELIGIBILITY, ROLE,
            Streams.HOUSEHOLD_EVENTS, "stream:household-events");
    static final String WELFARE_RANK = "WelfareRankChanged";
    static final String ELIGIBILITY = "EligibilityChanged";
    static final String REGION = "32.73.01.1001";
    static final List<String> SUBJECTS = List.of("mb-1", "mb-2");

    private ResultCases() {
    }

    static AgreementGrant grant(LegalBasis basis, Set<String> fields) {
        return grant(basis, fields, Set.of(WELFARE_RANK, ELIGIBILITY), AccessMode.IDENTIFIED);
    }

    static AgreementGrant grant(LegalBasis basis, Set<String> fields, Set<String> eventTypes, AccessMode access) {
        AgreementTerms terms = new AgreementTerms(AGREEMENT, "agency-1", AgreementStatus.ACTIVE,
                Purpose.SOCIAL_ASSISTANCE_TARGETING, basis, eventTypes, fields, Set.of("32.73"), Set.of(), access,
                NOW.minusSeconds(3600), NOW.plusSeconds(3600));
        return new AgreementGrant(terms, AGENCY, true, Set.of(Streams.ELIGIBILITY), Set.of(DeliveryMode.SSE), 1, NOW);
    }

    /** A WelfareRankChanged as JSON, with a field a newer producer added at the top and inside the desils. */
    static ObjectNode welfareRank(String region) {
        return read("""
                {"eventId":"ev-1","eventType":"WelfareRankChanged","agreementId":"pks-r","householdId":"hh-1",
                 "revision":3,"occurredAt":"2026-11-24T02:00:00Z","householdVersion":2,"cause":"HOUSEHOLD_CHANGED",
                 "regionCode":%s,
                 "subjects":[{"memberId":"mb-1","birthDate":"1980-03-12","estimatedBirthYear":null,"ppks":[]},
                             {"memberId":"mb-2","birthDate":null,"estimatedBirthYear":1985,"ppks":["HOMELESS"]}],
                 "score":13.2,"modelVersion":"pmt-2026.1","stratum":"32 urban",
                 "desils":{"national":2,"province":3,"regency":2,"village":1},
                 "previousDesils":null,
                 "explanation":[{"variable":"floor","value":"EARTH","coefficient":-0.1,"contribution":-0.1},
                                {"variable":"disabled","value":"1","coefficient":-0.05,"contribution":-0.05}],
                 "nextYearGuess":14.0}""".formatted(region == null ? "null" : "\"" + region + "\""));
    }

    /** An EligibilityChanged as JSON, with two decisions (one after an upheld objection). */
    static ObjectNode eligibility(String region) {
        return read("""
                {"eventId":"ev-2","eventType":"EligibilityChanged","agreementId":"pks-r","householdId":"hh-1",
                 "revision":4,"occurredAt":"2026-11-24T02:00:01Z","householdVersion":2,"cause":"HOUSEHOLD_CHANGED",
                 "regionCode":"%s",
                 "subjects":[{"memberId":"mb-1","birthDate":"1980-03-12","estimatedBirthYear":null,"ppks":[]},
                             {"memberId":"mb-2","birthDate":null,"estimatedBirthYear":1985,"ppks":["HOMELESS"]}],
                 "rulesVersion":"rules-7","modelVersion":"pmt-2026.1",
                 "desils":{"national":2,"province":3,"regency":2},
                 "decisions":[
                   {"programme":"PKH","eligible":true,"objectionId":null,
                    "reasons":[{"condition":"national desil <= 4","met":true,"facts":"desil 2 <= 4"}]},
                   {"programme":"ATENSI","eligible":true,"objectionId":"obj-9",
                    "reasons":[{"condition":"a PPKS member","met":true,"facts":"HOMELESS"}],"reviewer":"op1"}],
                 "changedProgrammes":["PKH"]}""".formatted(region));
    }

    static HouseholdFacts facts(String region, List<String> subjects) {
        return new HouseholdFacts(region, subjects.stream()
                .map(id -> new MemberFacts(id, LocalDate.of(1980, 3, 12), null, Set.of())).toList());
    }

    static DisclosureRequest request(AgreementGrant grant, Set<String> roles, String eventType, ObjectNode record,
                                     HouseholdFacts facts, Map<String, ConsentLedger> consents) {
        return new DisclosureRequest(AGENCY, roles, Streams.ELIGIBILITY, DeliveryMode.SSE, grant, eventType, record,
                facts, consents, NOW);
    }

    static DisclosureRequest request(AgreementGrant grant, String eventType, ObjectNode record,
                                     Map<String, ConsentLedger> consents) {
        return request(grant, Set.of("agency", ROLE), eventType, record, facts(REGION, SUBJECTS), consents);
    }

    /** Each member granted the agreement explicitly. */
    static Map<String, ConsentLedger> granted(String... members) {
        Map<String, ConsentLedger> ledgers = new HashMap<>();
        for (String m : members) {
            ledgers.put(m, ConsentLedger.of(m, List.of(new ConsentRecord("c-" + m, m,
                    new ConsentScope.OfAgreement(AGREEMENT), ConsentState.GRANTED, NOW.minusSeconds(60), false,
                    false))));
        }
        return ledgers;
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
