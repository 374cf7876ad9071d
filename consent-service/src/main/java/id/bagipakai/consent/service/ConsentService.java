package id.bagipakai.consent.service;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.consent.domain.Consent;
import id.bagipakai.consent.domain.ConsentDraft;
import id.bagipakai.consent.domain.ConsentRevision;
import id.bagipakai.consent.domain.MemberProfile;
import id.bagipakai.consent.messaging.ConsentEvents;
import id.bagipakai.consent.repository.AgreementRepository;
import id.bagipakai.consent.repository.ConsentRepository;
import id.bagipakai.consent.repository.MemberProfileRepository;
import id.bagipakai.policy.ConsentState;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records people's answers. Each one is a new record (nothing is edited), appends a revision to
 * the member's ledger chain and puts the whole ledger on the compacted topic, in one transaction.
 */
@ApplicationScoped
public class ConsentService {

    @Inject
    ConsentRepository consents;

    @Inject
    MemberProfileRepository profiles;

    @Inject
    AgreementRepository agreements;

    @Inject
    ConsentRevisions revisions;

    @Inject
    ConsentEvents events;

    private ConsentDraftValidator validator;

    @PostConstruct
    void init() {
        validator = new ConsentDraftValidator(id -> agreements.findByIdOptional(id).isPresent());
    }

    @Transactional
    public ConsentView record(UUID memberId, ConsentDraft draft, String actor) {
        // The member's row is the ledger's lock: answers of one member get revision numbers one at a time.
        MemberProfile member = profiles.findByIdOptional(memberId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> unknownMember(memberId));
        Instant now = now();
        ConsentDraftValidator.Answer answer = validator.validate(draft, member.facts(), now);
        List<Consent> ledger = consents.ofMember(memberId);
        if (answer.state() == ConsentState.WITHDRAWN) {
            checkSomethingToWithdraw(ledger, draft);
        }
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.memberId = memberId;
        c.agreementId = draft.agreementId();
        c.purpose = answer.purpose();
        c.state = answer.state();
        c.objection = answer.objection();
        c.givenAt = answer.givenAt().truncatedTo(ChronoUnit.MICROS);
        c.channel = answer.channel();
        c.witness = draft.evidence().witness();
        c.documentReference = draft.evidence().documentReference();
        if (draft.guardian() != null) {
            c.guardianName = draft.guardian().name();
            c.guardianRelationship = draft.guardian().relationship();
            c.guardianDocumentReference = draft.guardian().documentReference();
        }
        c.note = draft.note();
        c.recordedBy = actor;
        c.recordedAt = now;
        consents.persist(c);
        consents.flush();
        List<Consent> after = consents.ofMember(memberId);
        ConsentRevision revision = revisions.append(memberId, after, c);
        events.changed(memberId, after, c, revision, now);
        return ConsentView.of(c);
    }

    /** The member's answers, newest first. */
    public List<ConsentView> ofMember(UUID memberId) {
        return consents.ofMember(memberId).reversed().stream().map(ConsentView::of).toList();
    }

    public ConsentView get(UUID id) {
        return consents.findByIdOptional(id).map(ConsentView::of)
                .orElseThrow(() -> new NotFoundException("No consent " + id));
    }

    /** A withdrawal ends a grant: 409 when the scope's latest answer is not one. */
    private static void checkSomethingToWithdraw(List<Consent> ledger, ConsentDraft draft) {
        ConsentState latest = ledger.stream()
                .filter(c -> Objects.equals(c.agreementId, draft.agreementId())
                        && Objects.equals(c.purpose == null ? null : c.purpose.name(), draft.purpose()))
                .max(Comparator.comparing((Consent c) -> c.givenAt).thenComparing(c -> c.recordedAt))
                .map(c -> c.state).orElse(null);
        if (latest != ConsentState.GRANTED) {
            throw new ConflictException("Nothing to withdraw: the latest answer in this scope is "
                    + (latest == null ? "none" : latest), List.of(), null);
        }
    }

    static NotFoundException unknownMember(UUID memberId) {
        return new NotFoundException("No member " + memberId + " is known from the registry's household events"
                + " (a member registered a moment ago appears within seconds)");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
