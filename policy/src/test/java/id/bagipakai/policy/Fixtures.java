package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Shared test data: one agreement, adults and children, consent records. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    static final String AGREEMENT = "pks-1";
    static final Purpose PURPOSE = Purpose.REHABILITATION_SERVICES;
    static final String EVENT = "HouseholdUpdated";
    static final String REGION = "32.73.01.1001";

    private Fixtures() {
    }

    /** An active agreement, in its window, for {@link #PURPOSE}, over {@link #REGION}'s regency. */
    static AgreementTerms terms(LegalBasis basis, Set<String> fields) {
        return terms(AgreementStatus.ACTIVE, basis, fields, Set.of());
    }

    static AgreementTerms terms(AgreementStatus status, LegalBasis basis, Set<String> fields, Set<Ppks> ppks) {
        return new AgreementTerms(AGREEMENT, "dinsos-bandung", status, PURPOSE, basis, Set.of(EVENT, "HouseholdRegistered"),
                fields, Set.of("32.73"), ppks, AccessMode.PSEUDONYMOUS,
                NOW.minus(Duration.ofDays(100)), NOW.plus(Duration.ofDays(265)));
    }

    static AgreementTerms withWindow(AgreementTerms t, Instant from, Instant until) {
        return new AgreementTerms(t.agreementId(), t.agencyId(), t.status(), t.purpose(), t.legalBasis(), t.eventTypes(),
                t.fields(), t.regionPrefixes(), t.ppksCategories(), t.accessMode(), from, until);
    }

    static AgreementTerms withRegions(AgreementTerms t, Set<String> prefixes) {
        return new AgreementTerms(t.agreementId(), t.agencyId(), t.status(), t.purpose(), t.legalBasis(), t.eventTypes(),
                t.fields(), prefixes, t.ppksCategories(), t.accessMode(), t.validFrom(), t.validUntil());
    }

    static MemberFacts adult(String id, Ppks... ppks) {
        return new MemberFacts(id, LocalDate.of(1980, 5, 5), null, Set.of(ppks));
    }

    static MemberFacts child(String id, Ppks... ppks) {
        return new MemberFacts(id, LocalDate.of(2015, 3, 1), null, Set.of(ppks));
    }

    static ConsentScope agreementScope() {
        return new ConsentScope.OfAgreement(AGREEMENT);
    }

    static ConsentScope purposeScope() {
        return new ConsentScope.OfPurpose(PURPOSE);
    }

    static ConsentRecord consent(String memberId, ConsentScope scope, ConsentState state, int daysAgo) {
        return consent(memberId, scope, state, daysAgo, false, false);
    }

    static ConsentRecord consent(String memberId, ConsentScope scope, ConsentState state, int daysAgo,
                                 boolean objection, boolean guardian) {
        return new ConsentRecord("c-" + memberId + "-" + state + "-" + daysAgo + "-" + scope.getClass().getSimpleName(),
                memberId, scope, state, NOW.minus(Duration.ofDays(daysAgo)), objection, guardian);
    }

    static ConsentLedger ledger(String memberId, ConsentRecord... records) {
        return ConsentLedger.of(memberId, List.of(records));
    }
}
