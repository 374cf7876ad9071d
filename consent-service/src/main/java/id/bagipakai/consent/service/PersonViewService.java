package id.bagipakai.consent.service;

import id.bagipakai.consent.domain.Agency;
import id.bagipakai.consent.domain.Agreement;
import id.bagipakai.consent.domain.Consent;
import id.bagipakai.consent.domain.MemberProfile;
import id.bagipakai.consent.repository.AgencyRepository;
import id.bagipakai.consent.repository.AgreementRepository;
import id.bagipakai.consent.repository.ConsentRepository;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.policy.AgreementTerms;
import id.bagipakai.policy.ConsentLedger;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.MemberDecision;
import id.bagipakai.policy.MemberFacts;
import id.bagipakai.policy.Purpose;
import id.bagipakai.policy.SharingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the platform holds about a person's data sharing (UU 27/2022's right to be informed): the
 * agreements whose scope reaches them, whether their data flows under each one now and why
 * (the same {@link SharingPolicy} the gateway applies), their answers, and who received their data.
 */
@ApplicationScoped
public class PersonViewService {

    /** Agreements that carry, carried or are about to carry data; drafts and proposals do not reach anyone yet. */
    private static final Set<AgreementStatus> REACHING = Set.of(AgreementStatus.APPROVED, AgreementStatus.ACTIVE,
            AgreementStatus.SUSPENDED, AgreementStatus.EXPIRED, AgreementStatus.REVOKED);

    public record PersonView(UUID memberId, Member member, List<CoveringAgreement> agreements,
                             List<ConsentView> consents, Disclosures disclosures) {
    }

    public record Member(UUID householdId, String regionCode, boolean active, boolean adult, List<String> ppks) {
    }

    /**
     * @param consent  the member's answer that applies to this agreement now (GRANTED, REFUSED,
     *                 WITHDRAWN), or null when they gave none
     * @param flowsNow whether the member's data may leave the gateway under it at this moment
     * @param fields   what of the member may flow (when it flows)
     * @param withheld granted fields kept back as specific data without explicit consent
     * @param reason   why nothing flows (a {@link id.bagipakai.policy.DenyReason}), when nothing does
     */
    public record CoveringAgreement(UUID agreementId, UUID agencyId, String agencyName, String reference,
                                    Purpose purpose, LegalBasis legalBasis, AgreementStatus status, Instant validFrom,
                                    Instant validUntil, AccessMode accessMode, String consent, boolean objection,
                                    boolean flowsNow, Set<String> fields, Set<String> withheld, String reason,
                                    String detail) {
    }

    /**
     * Who received the member's data, newest first, from the sharing-gateway's disclosure log;
     * {@code recorded} is false when the log could not be read (then {@code items} says nothing).
     */
    public record Disclosures(String source, boolean recorded, List<Disclosure> items) {
    }

    public record Disclosure(UUID agencyId, String agencyName, UUID agreementId, List<String> fields,
                             String deliveryPath, Instant disclosedAt) {
    }

    @Inject
    MemberDirectory directory;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgencyRepository agencies;

    @Inject
    ConsentRepository consents;

    @Inject
    GatewayDisclosures disclosures;

    /** @param bearerToken the operator's token, to ask the gateway who received the member's data */
    @Transactional
    public PersonView of(UUID memberId, String bearerToken) {
        MemberProfile profile = directory.find(memberId).orElseThrow(() -> ConsentService.unknownMember(memberId));
        MemberFacts facts = profile.facts();
        List<Consent> answers = consents.ofMember(memberId);
        ConsentLedger ledger = ConsentLedger.of(memberId.toString(), answers.stream().map(Consent::policyRecord).toList());
        Instant now = Instant.now();
        List<CoveringAgreement> covering = agreements.list("status IN ?1 ORDER BY createdAt", REACHING).stream()
                .filter(a -> covers(a.policyTerms(), profile))
                .map(a -> covering(a, facts, ledger, now))
                .toList();
        return new PersonView(memberId,
                new Member(profile.householdId, profile.regionCode, profile.active, facts.adultAt(now), profile.ppks),
                covering, answers.reversed().stream().map(ConsentView::of).toList(),
                disclosures.of(memberId, bearerToken));
    }

    /** Its region scope holds the member's village, and its PPKS scope (if any) one of their categories. */
    private static boolean covers(AgreementTerms terms, MemberProfile member) {
        return terms.coversRegion(member.regionCode) && (terms.ppksCategories().isEmpty()
                || member.facts().ppks().stream().anyMatch(terms.ppksCategories()::contains));
    }

    private CoveringAgreement covering(Agreement a, MemberFacts facts, ConsentLedger ledger, Instant now) {
        AgreementTerms terms = a.policyTerms();
        var effective = ledger.effectiveFor(terms, facts, now);
        MemberDecision decision = SharingPolicy.decide(terms, facts, ledger, now);
        Agency agency = agencies.findById(a.agencyId);
        String consent = effective.state().map(Enum::name).orElse(null);
        return switch (decision) {
            case MemberDecision.Release r -> new CoveringAgreement(a.id, a.agencyId, agency.name, a.reference, a.purpose,
                    a.legalBasis, a.status, a.validFrom, a.validUntil, a.accessMode, consent, effective.objection(),
                    true, new TreeSet<>(r.fields()), new TreeSet<>(r.withheld()), null, null);
            case MemberDecision.Deny d -> new CoveringAgreement(a.id, a.agencyId, agency.name, a.reference, a.purpose,
                    a.legalBasis, a.status, a.validFrom, a.validUntil, a.accessMode, consent, effective.objection(),
                    false, Set.of(), Set.of(), d.reason().name(), d.detail());
        };
    }
}
