package id.bagipakai.eligibility.service;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.eligibility.ObjectionRecorded;
import id.bagipakai.contracts.eligibility.ObjectionResolved;
import id.bagipakai.eligibility.domain.HouseholdResult;
import id.bagipakai.eligibility.domain.Objection;
import id.bagipakai.eligibility.domain.VillageCode;
import id.bagipakai.commons.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Objections (sanggahan): recorded against the household's current result and routed to the
 * review queue of its regency; decided by a reviewer other than the one who recorded it. An
 * upheld objection replaces the automated decision for its programme while the household stays at
 * that version, and the household's eligibility is concluded again (and published if it changed).
 */
@ApplicationScoped
public class ObjectionService {

    static final int MAX_TEXT = 2000;

    @Inject
    Outbox outbox;

    @Inject
    ResultEngine engine;

    @Inject
    ResultRecorder recorder;

    /** What someone objects to, as the intake desk recorded it. */
    public record Filing(UUID householdId, String programme, String claim, String objectorKind, String objectorName,
                         String grounds) {
    }

    public Objection file(Filing f, String recordedBy) {
        Evaluation evaluation = engine.evaluation();
        List<FieldError> errors = new ArrayList<>();
        if (f.householdId() == null) {
            errors.add(new FieldError("/householdId", "is required"));
        }
        if (f.programme() == null || evaluation == null || !evaluation.rules().programmes().contains(f.programme())) {
            errors.add(new FieldError("/programme", "must be one of " + (evaluation == null ? "the programmes"
                    : evaluation.rules().programmes())));
        }
        Objection.Claim claim = parse(Objection.Claim.class, "/claim", f.claim(), errors);
        Objection.ObjectorKind kind = parse(Objection.ObjectorKind.class, "/objectorKind", f.objectorKind(), errors);
        text("/objectorName", f.objectorName(), errors);
        text("/grounds", f.grounds(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            HouseholdResult result = HouseholdResult.findById(f.householdId());
            if (result == null) {
                throw new NotFoundException("household " + f.householdId() + " has no eligibility result");
            }
            Objection o = new Objection();
            o.id = UUID.randomUUID();
            o.householdId = f.householdId();
            o.householdVersion = result.householdVersion;
            o.programme = f.programme();
            o.claim = claim;
            o.objectorKind = kind;
            o.objectorName = f.objectorName().strip();
            o.grounds = f.grounds().strip();
            o.reviewQueue = queueOf(result.regionCode);
            o.status = Objection.Status.OPEN;
            o.filedBy = recordedBy;
            o.filedAt = Instant.now();
            o.persist();
            outbox.append(Topics.OBJECTIONS, o.householdId.toString(), ObjectionRecorded.newBuilder()
                    .setEventId(UUID.randomUUID().toString()).setObjectionId(o.id.toString())
                    .setHouseholdId(o.householdId.toString()).setProgramme(o.programme).setObjectorKind(kind.name())
                    .setClaim(claim.name()).setReviewQueue(o.reviewQueue).setOccurredAt(o.filedAt).build());
            return o;
        });
    }

    /**
     * @throws ConflictException when it is decided already, the reviewer recorded it, or (to uphold)
     *     the household changed since: the objection was about data that no longer stands
     */
    public Objection decide(UUID id, String outcome, String note, String reviewer) {
        List<FieldError> errors = new ArrayList<>();
        Objection.Status status = parse(Objection.Status.class, "/outcome", outcome, errors);
        if (status == Objection.Status.OPEN) {
            errors.add(new FieldError("/outcome", "must be UPHELD or REJECTED"));
        }
        text("/note", note, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return engine.exclusively(() -> QuarkusTransaction.requiringNew().call(() -> {
            Objection o = Objection.findById(id);
            if (o == null) {
                throw new NotFoundException("no objection " + id);
            }
            if (o.status != Objection.Status.OPEN) {
                throw conflict("objection " + id + " was decided already (" + o.status + ")", "/outcome");
            }
            if (o.filedBy.equals(reviewer)) {
                throw conflict("the operator who recorded an objection may not decide it", "/outcome");
            }
            HouseholdResult result = HouseholdResult.findById(o.householdId);
            if (status == Objection.Status.UPHELD && (result == null || result.householdVersion != o.householdVersion)) {
                throw conflict("household " + o.householdId + " changed since the objection was recorded (version "
                        + o.householdVersion + "); record a new objection against the current result", "/outcome");
            }
            o.status = status;
            o.decidedBy = reviewer;
            o.decidedAt = Instant.now();
            o.decisionNote = note.strip();
            boolean eligible;
            if (status == Objection.Status.UPHELD) {
                engine.reconsider(o.householdId, Cause.OBJECTION_RESOLVED);
                eligible = o.claim.upheldEligibility();
            } else {
                eligible = result != null && recorder.eligibilityOf(result).getOrDefault(o.programme, false);
            }
            outbox.append(Topics.OBJECTIONS, o.householdId.toString(), ObjectionResolved.newBuilder()
                    .setEventId(UUID.randomUUID().toString()).setObjectionId(o.id.toString())
                    .setHouseholdId(o.householdId.toString()).setProgramme(o.programme).setOutcome(status.name())
                    .setEligible(eligible).setDecidedBy(reviewer).setOccurredAt(o.decidedAt).build());
            return o;
        }));
    }

    /** The regency's queue, where the household's village officers and social workers review. */
    static String queueOf(String regionCode) {
        return regionCode == null ? "national" : "regency:" + new VillageCode(regionCode).regency();
    }

    private static ConflictException conflict(String detail, String pointer) {
        return new ConflictException(detail, List.of(new FieldError(pointer, detail)), null);
    }

    private static void text(String pointer, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(pointer, "is required"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(pointer, "must be at most " + MAX_TEXT + " characters"));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String pointer, String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(pointer, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(pointer, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
