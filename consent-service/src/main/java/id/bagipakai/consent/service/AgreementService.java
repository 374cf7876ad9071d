package id.bagipakai.consent.service;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.consent.domain.Agency;
import id.bagipakai.consent.domain.AgencyStatus;
import id.bagipakai.consent.domain.Agreement;
import id.bagipakai.consent.domain.AgreementDraft;
import id.bagipakai.consent.domain.AgreementRevision;
import id.bagipakai.consent.messaging.AgreementEvents;
import id.bagipakai.consent.domain.AgreementTerms;
import id.bagipakai.consent.domain.AgreementTransition;
import id.bagipakai.consent.repository.AgencyRepository;
import id.bagipakai.consent.repository.AgreementRepository;
import id.bagipakai.consent.repository.AgreementTransitionRepository;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.Purpose;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Agreements and their lifecycle ({@link AgreementStatus#next()}). Every change of status is
 * recorded with who, when and why; a change into or out of ACTIVE brings the agency's Keycloak
 * stream roles in line with its active agreements in the same transaction, so a failed Keycloak
 * call leaves the status unchanged.
 */
@ApplicationScoped
public class AgreementService {

    /** The actor recorded when the clock, not an operator, ends an agreement. */
    public static final String EXPIRY_ACTOR = "system:expiry";

    public record Transition(AgreementStatus from, AgreementStatus to, String actor, Instant at, String note) {
    }

    /** An agreement as the API shows it, with its history oldest first. */
    public record View(UUID id, UUID agencyId, String reference, Purpose purpose, LegalBasis legalBasis,
                       List<String> eventTypes, List<String> streams, List<String> fields, List<String> regionScope,
                       List<String> ppksCategories, AccessMode accessMode, List<String> deliveryModes,
                       Instant validFrom, Instant validUntil, String retention, AgreementStatus status,
                       String createdBy, Instant createdAt, List<Transition> history) {
    }

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementTransitionRepository transitions;

    @Inject
    AgencyRepository agencies;

    @Inject
    AgreementRevisions revisions;

    @Inject
    KeycloakAgencies keycloak;

    @Inject
    AgreementEvents events;

    @Inject
    RegionCodes regions;

    private AgreementTermsValidator validator;

    @PostConstruct
    void init() {
        validator = new AgreementTermsValidator(id.bagipakai.policy.AgreementTerms.grantableFields(), regions::exists);
    }

    @Transactional
    public View create(AgreementDraft draft, String actor) {
        Instant now = now();
        AgreementTerms t = validator.validate(draft, now);
        if (agencies.findByIdOptional(t.agencyId()).isEmpty()) {
            throw new InvalidInputException("/agencyId", "no agency " + t.agencyId());
        }
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.agencyId = t.agencyId();
        a.reference = t.reference();
        a.purpose = t.purpose();
        a.legalBasis = t.legalBasis();
        a.eventTypes = t.eventTypes();
        a.streams = t.streams();
        a.fields = t.fields();
        a.regionScope = t.regionScope();
        a.ppksCategories = t.ppksCategories().stream().map(Enum::name).toList();
        a.accessMode = t.accessMode();
        a.deliveryModes = t.deliveryModes().stream().map(Enum::name).toList();
        a.validFrom = t.validFrom().truncatedTo(ChronoUnit.MICROS);
        a.validUntil = t.validUntil().truncatedTo(ChronoUnit.MICROS);
        a.retention = t.retention().toString();
        a.status = AgreementStatus.DRAFT;
        a.createdBy = actor;
        a.createdAt = now;
        agreements.persist(a);
        record(a, null, AgreementStatus.DRAFT, actor, now, "created");
        return view(a);
    }

    /** The agreement; one past its end expires first, so a read never shows a stale ACTIVE. */
    @Transactional
    public View get(UUID id) {
        Agreement a = find(id, LockModeType.NONE);
        if (a.isDueToExpire(now())) {
            a = lockWithAgency(id);
            expire(a);
        }
        return view(a);
    }

    public List<View> list(UUID agencyId, int limit) {
        return agreements.newestFirst(agencyId, limit).stream().map(this::view).toList();
    }

    /**
     * Moves the agreement to {@code target}: 409 if its lifecycle does not allow that (an
     * agreement past its end has expired first), 403 when the approver is its submitter.
     */
    @Transactional(dontRollbackOn = ConflictException.class) // keeps an expiry found on the way
    public View transition(UUID id, AgreementStatus target, String actor, String note) {
        Agreement a = lockWithAgency(id);
        Instant now = now();
        if (a.isDueToExpire(now)) {
            expire(a); // then the 409 below, and the expiry stays recorded
        }
        if (!a.status.canMoveTo(target)) {
            throw new ConflictException("An agreement that is " + a.status + " cannot become " + target
                    + " (it may become " + a.status.next() + ")", List.of(), null);
        }
        switch (target) {
            case SUBMITTED -> a.submittedBy = actor;
            case DRAFT -> a.submittedBy = null;
            case APPROVED -> checkFourEyes(a, actor);
            case ACTIVE -> checkCanActivate(a, now);
            default -> {
            }
        }
        move(a, target, actor, now, note);
        return view(a);
    }

    /** Agreements past their end that could still carry data, for the sweep. */
    @Transactional
    public List<UUID> dueToExpire(int limit) {
        return agreements.dueToExpire(now(), limit);
    }

    /** Expires the agreement if it is (still) past its end; false when there was nothing to do. */
    @Transactional
    public boolean expireIfDue(UUID id) {
        Agreement a = lockWithAgency(id);
        if (!a.isDueToExpire(now())) {
            return false;
        }
        expire(a);
        return true;
    }

    private void expire(Agreement a) {
        move(a, AgreementStatus.EXPIRED, EXPIRY_ACTOR, now(), "validity ended " + a.validUntil);
    }

    /**
     * Four-eyes: whoever submitted an agreement may not approve it. 403, not 409: the agreement is
     * in a state that allows approval, and another operator's identical request would succeed; it
     * is this caller who is not permitted.
     */
    private static void checkFourEyes(Agreement a, String actor) {
        if (actor.equals(a.submittedBy)) {
            throw new ForbiddenException("Four-eyes rule: " + actor
                    + " submitted this agreement, so another operator must approve it");
        }
    }

    /** Roles open streams at once, so an agreement whose window has not begun cannot be active yet. */
    private void checkCanActivate(Agreement a, Instant now) {
        if (now.isBefore(a.validFrom)) {
            throw new ConflictException("The agreement is valid only from " + a.validFrom, List.of(), null);
        }
        Agency agency = agencies.findById(a.agencyId);
        if (agency.status != AgencyStatus.ACTIVE) {
            throw new ConflictException("Agency " + agency.id + " is suspended", List.of(), null);
        }
    }

    private void move(Agreement a, AgreementStatus target, String actor, Instant at, String note) {
        AgreementStatus from = a.status;
        a.status = target;
        record(a, from, target, actor, at, note);
        if (from == AgreementStatus.ACTIVE || target == AgreementStatus.ACTIVE) {
            agreements.flush();
            syncRoles(agencies.findById(a.agencyId));
        }
    }

    /** Exactly the streams of the agency's ACTIVE agreements: a role another agreement still needs stays. */
    private void syncRoles(Agency agency) {
        Set<String> streams = new TreeSet<>();
        agreements.ofAgency(agency.id, List.of(AgreementStatus.ACTIVE)).forEach(x -> streams.addAll(x.streams));
        keycloak.syncStreamRoles(agency.keycloakId, streams);
    }

    /** Locks the agency first, then the agreement: role changes of one agency happen one at a time. */
    private Agreement lockWithAgency(UUID id) {
        UUID agencyId = find(id, LockModeType.NONE).agencyId;
        agencies.findById(agencyId, LockModeType.PESSIMISTIC_WRITE);
        Agreement a = find(id, LockModeType.PESSIMISTIC_WRITE);
        agreements.getEntityManager().refresh(a);
        return a;
    }

    private Agreement find(UUID id, LockModeType lock) {
        return agreements.findByIdOptional(id, lock).orElseThrow(() -> new NotFoundException("No agreement " + id));
    }

    private void record(Agreement a, AgreementStatus from, AgreementStatus to, String actor, Instant at, String note) {
        AgreementTransition t = new AgreementTransition();
        t.agreementId = a.id;
        t.from = from;
        t.to = to;
        t.actor = actor;
        t.at = at;
        t.note = note;
        transitions.persist(t);
        AgreementRevision revision = revisions.append(a, t);
        events.changed(a, agencies.findById(a.agencyId), revision,
                from == null ? "created as " + to : from + " -> " + to, actor, at);
    }

    /**
     * Republishes every agreement of an agency whose status changed, unchanged but for the
     * agency's state, so that consumers stop (or resume) flows to it at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agencyChanged(Agency agency, String actor, Instant at) {
        for (Agreement a : agreements.list("agencyId", agency.id)) {
            events.changed(a, agency, revisions.latest(a.id), "agency " + agency.status.name().toLowerCase(), actor, at);
        }
    }

    private View view(Agreement a) {
        List<Transition> history = transitions.of(a.id).stream()
                .map(t -> new Transition(t.from, t.to, t.actor, t.at, t.note)).toList();
        return new View(a.id, a.agencyId, a.reference, a.purpose, a.legalBasis, a.eventTypes, a.streams, a.fields,
                a.regionScope, a.ppksCategories, a.accessMode, a.deliveryModes, a.validFrom, a.validUntil, a.retention,
                a.status, a.createdBy, a.createdAt, history);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
