package id.bagipakai.registry.service;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.registry.domain.Finding;
import id.bagipakai.registry.domain.Finding.Kind;
import id.bagipakai.registry.domain.Finding.Status;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.repository.FindingRepository;
import id.bagipakai.registry.repository.HouseholdRepository;
import id.bagipakai.registry.service.HouseholdService.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Findings from partners (two-way sharing). A finding changes nothing until an operator verifies
 * it: only then does it become a household version (registered or updated) and an event.
 */
@ApplicationScoped
public class FindingService {

    /** A finding as the API shows it. */
    public record View(UUID id, Kind kind, UUID householdId, HouseholdDocument proposed, String submittedBy,
                       String evidenceReference, String note, Instant submittedAt, Status status, String decidedBy,
                       Instant decidedAt, String decisionNote, UUID resultingHousehold, Integer resultingVersion) {
    }

    @Inject
    FindingRepository findings;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdService householdService;

    @Inject
    HouseholdDocuments documents;

    @Transactional
    public View submit(Kind kind, UUID householdId, HouseholdDocument proposed, String submittedBy,
                       String evidenceReference, String note) {
        if (kind == Kind.HOUSEHOLD_CHANGED && householdId == null) {
            throw new InvalidInputException("/householdId", "is required for a HOUSEHOLD_CHANGED finding");
        }
        if (householdId != null && households.findByIdOptional(householdId).isEmpty()) {
            throw new InvalidInputException("/householdId", "no household " + householdId);
        }
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.kind = kind;
        f.householdId = householdId;
        f.proposed = documents.write(proposed);
        f.submittedBy = submittedBy;
        f.evidenceReference = evidenceReference;
        f.note = note;
        f.submittedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        f.status = Status.PENDING;
        findings.persist(f);
        return view(f);
    }

    public List<View> list(Status status, int limit) {
        return findings.withStatus(status, limit).stream().map(this::view).toList();
    }

    public View get(UUID id) {
        return findings.findByIdOptional(id).map(this::view).orElseThrow(() -> notFound(id));
    }

    /** Applies the finding to the registry as its operator-verified change. */
    @Transactional
    public View verify(UUID id, String note, String actor) {
        Finding f = pending(id);
        HouseholdDocument proposed = documents.read(f.proposed);
        String reason = "finding " + f.id + " (" + f.kind + ") from " + f.submittedBy
                + (f.evidenceReference == null ? "" : ", evidence " + f.evidenceReference);
        Snapshot result;
        if (f.householdId == null) {
            result = householdService.register(proposed, HouseholdDocuments.actorOf(actor), reason);
        } else {
            int current = householdService.current(f.householdId).orElseThrow().version();
            result = householdService.update(f.householdId, current, proposed, reason, HouseholdDocuments.actorOf(actor));
        }
        decide(f, Status.VERIFIED, note, actor);
        f.resultingHousehold = result.id();
        f.resultingVersion = result.version();
        return view(f);
    }

    @Transactional
    public View reject(UUID id, String note, String actor) {
        Finding f = pending(id);
        decide(f, Status.REJECTED, note, actor);
        return view(f);
    }

    private Finding pending(UUID id) {
        Finding f = findings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        if (f.status != Status.PENDING) {
            throw new ConflictException("Finding " + id + " was already " + f.status.name().toLowerCase(), List.of(),
                    null);
        }
        return f;
    }

    private static void decide(Finding f, Status status, String note, String actor) {
        f.status = status;
        f.decisionNote = note;
        f.decidedBy = HouseholdDocuments.actorOf(actor);
        f.decidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }


    private View view(Finding f) {
        return new View(f.id, f.kind, f.householdId, documents.read(f.proposed), f.submittedBy, f.evidenceReference, f.note,
                f.submittedAt, f.status, f.decidedBy, f.decidedAt, f.decisionNote, f.resultingHousehold,
                f.resultingVersion);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No finding " + id);
    }


}
