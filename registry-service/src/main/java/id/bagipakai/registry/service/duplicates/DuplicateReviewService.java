package id.bagipakai.registry.service.duplicates;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.DuplicateReviewed;
import id.bagipakai.registry.domain.DuplicateCandidate;
import id.bagipakai.registry.domain.DuplicateCandidate.Status;
import id.bagipakai.registry.domain.MemberRecord;
import id.bagipakai.registry.messaging.HouseholdStates;
import id.bagipakai.commons.outbox.Outbox;
import id.bagipakai.registry.repository.DuplicateCandidateRepository;
import id.bagipakai.registry.repository.MemberRepository;
import id.bagipakai.registry.service.HouseholdDocuments;
import id.bagipakai.registry.service.HouseholdService;
import id.bagipakai.registry.service.HouseholdService.LeaveReason;
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

/** An operator's decision on a flagged pair; both outcomes are recorded and published. */
@ApplicationScoped
public class DuplicateReviewService {

    /** A flagged pair as the review queue shows it. */
    public record Review(UUID id, UUID memberId, UUID householdId, UUID otherMemberId, UUID otherHouseholdId,
                         double score, List<String> reasons, Status status, String decidedBy, Instant decidedAt,
                         String note, Instant createdAt) {
    }

    @Inject
    DuplicateCandidateRepository candidates;

    @Inject
    MemberRepository members;

    @Inject
    HouseholdService households;

    @Inject
    Outbox outbox;

    /** The queue, oldest first; {@code memberId} narrows it to the pairs of one flagged member. */
    public List<Review> list(Status status, UUID memberId, int limit) {
        return candidates.withStatus(status, memberId, limit).stream().map(this::review).toList();
    }

    /** Not the same person: the pair leaves the queue; both records stay as they are. */
    @Transactional
    public Review dismiss(UUID id, String note, String actor) {
        DuplicateCandidate c = open(id);
        MemberRecord member = members.findById(c.memberId);
        Snapshot household = households.current(member.householdId).orElseThrow();
        decide(c, Status.DISMISSED, note, actor, household);
        return review(c);
    }

    /**
     * The same person: the newer record leaves its household as a duplicate of the other (a new
     * household version, MemberLeft); the other record is kept. Nothing is deleted.
     */
    @Transactional
    public Review merge(UUID id, String note, String actor) {
        DuplicateCandidate c = open(id);
        MemberRecord member = members.findById(c.memberId);
        Snapshot current = households.current(member.householdId).orElseThrow();
        Snapshot after = households.leave(member.householdId, current.version(), c.memberId, LeaveReason.DUPLICATE,
                "duplicate of member " + c.otherMemberId + (note == null || note.isBlank() ? "" : ": " + note), actor);
        decide(c, Status.MERGED, note, actor, after);
        return review(c);
    }

    private DuplicateCandidate open(UUID id) {
        DuplicateCandidate c = candidates.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No duplicate candidate " + id));
        if (c.status != Status.OPEN) {
            throw new ConflictException("Candidate " + id + " was already " + c.status.name().toLowerCase()
                    + " by " + c.decidedBy, List.of(), null);
        }
        return c;
    }

    private void decide(DuplicateCandidate c, Status decision, String note, String actor, Snapshot household) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        c.status = decision;
        c.note = note;
        c.decidedBy = HouseholdDocuments.actorOf(actor);
        c.decidedAt = now;
        MemberRecord other = members.findById(c.otherMemberId);
        outbox.append(Topics.HOUSEHOLD_EVENTS, household.id().toString(), DuplicateReviewed.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setHouseholdId(household.id().toString())
                .setVersion(household.version()).setOccurredAt(now).setCandidateId(c.id.toString())
                .setMemberId(c.memberId.toString()).setOtherMemberId(c.otherMemberId.toString())
                .setOtherHouseholdId(other.householdId.toString()).setDecision(decision.name()).setScore(c.score)
                .setDecidedBy(c.decidedBy).setHousehold(HouseholdStates.of(household.document())).build());
    }

    private Review review(DuplicateCandidate c) {
        MemberRecord member = members.findById(c.memberId);
        MemberRecord other = members.findById(c.otherMemberId);
        return new Review(c.id, c.memberId, member.householdId, c.otherMemberId, other.householdId, c.score,
                c.reasons, c.status, c.decidedBy, c.decidedAt, c.note, c.createdAt);
    }
}
