package id.bagipakai.eligibility.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.contracts.Topics;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.EligibilityOutcome;
import id.bagipakai.eligibility.domain.HouseholdResult;
import id.bagipakai.eligibility.domain.Objection;
import id.bagipakai.eligibility.domain.ProgrammeDecision;
import id.bagipakai.eligibility.domain.Reason;
import id.bagipakai.commons.outbox.Outbox;
import id.bagipakai.eligibility.messaging.ResultEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static id.bagipakai.eligibility.domain.EligibilityOutcome.scoreUnits;

/**
 * Concludes an {@link Assessment}: decides the programmes (an upheld objection standing for the
 * household's version replaces the automated decision), compares with the stored result and, only
 * for a change in substance, appends the result events to the outbox in the same transaction.
 * Substance is {@link EligibilityOutcome}'s: the score to its decimals, the desil in any scope,
 * eligibility per programme.
 */
@ApplicationScoped
public class ResultRecorder {

    private static final TypeReference<TreeMap<String, Boolean>> ELIGIBILITY = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    Outbox outbox;

    /** What one conclusion published. */
    public record Recorded(boolean rankChanged, List<String> changedProgrammes) {
        public boolean published() {
            return rankChanged || !changedProgrammes.isEmpty();
        }
    }

    /** Upheld objections by household, for the households given (most recent decision last). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, List<Objection>> upheld(Collection<UUID> householdIds) {
        Map<UUID, List<Objection>> upheld = new HashMap<>();
        if (householdIds.isEmpty()) {
            return upheld;
        }
        Objection.<Objection>list("householdId in ?1 and status = ?2 order by decidedAt", householdIds,
                        Objection.Status.UPHELD)
                .forEach(o -> upheld.computeIfAbsent(o.householdId, id -> new ArrayList<>()).add(o));
        return upheld;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(Assessment a, Evaluation evaluation, Cause cause, List<Objection> upheld) {
        Map<String, String> overrides = new LinkedHashMap<>();
        List<ProgrammeDecision> decisions = applyOverrides(evaluation.decide(a.profile(), a.desils()), a, upheld,
                overrides);
        Map<String, Boolean> eligibility = new TreeMap<>();
        decisions.forEach(d -> eligibility.put(d.programme(), d.eligible()));

        HouseholdResult result = HouseholdResult.findById(a.householdId());
        boolean first = result == null;
        Desils previousDesils = first ? null : result.desils();
        boolean rankChanged = first || scoreUnits(result.score) != scoreUnits(a.score().value())
                || !previousDesils.equals(a.desils());
        List<String> changed = new ArrayList<>();
        Map<String, Boolean> before = first ? Map.of() : read(result.eligibility);
        for (var e : eligibility.entrySet()) {
            if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        if (first) {
            result = new HouseholdResult();
            result.householdId = a.householdId();
        }
        Cause reported = first ? Cause.HOUSEHOLD_CHANGED // seen for the first time, whatever concluded it
                : cause == Cause.RECOMPUTED ? runCause(result, evaluation) : cause;
        int revision = result.revision;
        String key = a.householdId().toString();
        if (rankChanged) {
            outbox.append(Topics.ELIGIBILITY_RESULTS, key,
                    ResultEvents.rankChanged(a, ++revision, reported, previousDesils));
        }
        if (!changed.isEmpty()) {
            outbox.append(Topics.ELIGIBILITY_RESULTS, key, ResultEvents.eligibilityChanged(a, ++revision, reported,
                    evaluation, decisions, overrides, new TreeSet<>(changed)));
        }
        // The row follows the latest evaluation even without a change in substance (its version and wording may).
        result.householdVersion = a.householdVersion();
        result.revision = revision;
        result.regionCode = a.profile().regionCode();
        result.persons = a.profile().memberCount();
        result.score = a.score().value();
        result.desils(a.desils());
        result.eligibility = write(eligibility);
        result.explanation = write(ResultExplanation.of(a.score(), decisions, overrides));
        result.modelVersion = evaluation.modelVersion();
        result.rulesVersion = evaluation.rulesVersion();
        result.updatedAt = Instant.now();
        if (first) {
            result.persist();
        }
        return new Recorded(rankChanged, changed);
    }

    /** A full run says which of its versions moved the result (RECOMPUTED when neither did). */
    private static Cause runCause(HouseholdResult before, Evaluation now) {
        if (!before.modelVersion.equals(now.modelVersion())) {
            return Cause.MODEL_CHANGED;
        }
        return before.rulesVersion.equals(now.rulesVersion()) ? Cause.RECOMPUTED : Cause.RULES_CHANGED;
    }

    /** The household left the ranking (no member left): its result goes too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID householdId) {
        HouseholdResult.deleteById(householdId);
    }

    private static List<ProgrammeDecision> applyOverrides(List<ProgrammeDecision> automated, Assessment a,
                                                          List<Objection> upheld, Map<String, String> overrides) {
        Map<String, Objection> standing = new HashMap<>();
        for (Objection o : upheld) {
            if (o.householdVersion == a.householdVersion()) {
                standing.put(o.programme, o); // the latest decision per programme wins
            }
        }
        if (standing.isEmpty()) {
            return automated;
        }
        List<ProgrammeDecision> decided = new ArrayList<>(automated.size());
        for (ProgrammeDecision d : automated) {
            Objection o = standing.get(d.programme());
            if (o == null) {
                decided.add(d);
                continue;
            }
            List<Reason> reasons = new ArrayList<>(d.reasons());
            reasons.add(new Reason("objection upheld on review", true, "objection " + o.id + " (" + o.claim
                    + ") upheld by " + o.decidedBy + " on " + o.decidedAt + ": eligible = " + o.claim.upheldEligibility()));
            decided.add(new ProgrammeDecision(d.programme(), o.claim.upheldEligibility(), d.rulesVersion(), reasons));
            overrides.put(d.programme(), o.id.toString());
        }
        return decided;
    }

    /** The stored eligibility per programme. */
    public Map<String, Boolean> eligibilityOf(HouseholdResult result) {
        return read(result.eligibility);
    }

    private Map<String, Boolean> read(String eligibility) {
        try {
            return json.readValue(eligibility, ELIGIBILITY);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
