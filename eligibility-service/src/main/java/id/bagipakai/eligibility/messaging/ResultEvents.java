package id.bagipakai.eligibility.messaging;

import id.bagipakai.contracts.eligibility.EligibilityChanged;
import id.bagipakai.contracts.eligibility.Reason;
import id.bagipakai.contracts.eligibility.ScoreTerm;
import id.bagipakai.contracts.eligibility.Subject;
import id.bagipakai.contracts.eligibility.WelfareRankChanged;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.ProgrammeDecision;
import id.bagipakai.eligibility.service.Assessment;
import id.bagipakai.eligibility.service.Cause;
import id.bagipakai.eligibility.service.Evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;

/** Builds the result events of the contracts from an assessment. */
public final class ResultEvents {

    public static WelfareRankChanged rankChanged(Assessment a, int revision, Cause cause, Desils previous) {
        var score = a.score();
        return WelfareRankChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setHouseholdId(a.householdId().toString())
                .setRevision(revision)
                .setOccurredAt(Instant.now())
                .setHouseholdVersion(a.householdVersion())
                .setCause(cause.name())
                .setRegionCode(a.profile().regionCode())
                .setSubjects(subjects(a))
                .setScore(score.value())
                .setModelVersion(score.modelVersion())
                .setStratum(score.stratum())
                .setDesils(desils(a.desils()))
                .setPreviousDesils(previous == null ? null : desils(previous))
                .setExplanation(score.contributions().stream()
                        .map(c -> new ScoreTerm(c.variable(), c.value(), c.coefficient(), c.contribution())).toList())
                .build();
    }

    public static EligibilityChanged eligibilityChanged(Assessment a, int revision, Cause cause, Evaluation evaluation,
                                                        List<ProgrammeDecision> decisions, Map<String, String> overrides,
                                                        SortedSet<String> changed) {
        return EligibilityChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setHouseholdId(a.householdId().toString())
                .setRevision(revision)
                .setOccurredAt(Instant.now())
                .setHouseholdVersion(a.householdVersion())
                .setCause(cause.name())
                .setRegionCode(a.profile().regionCode())
                .setSubjects(subjects(a))
                .setRulesVersion(evaluation.rulesVersion())
                .setModelVersion(evaluation.modelVersion())
                .setDesils(desils(a.desils()))
                .setDecisions(decisions.stream().map(d -> new id.bagipakai.contracts.eligibility.ProgrammeDecision(
                        d.programme(), d.eligible(),
                        d.reasons().stream().map(r -> new Reason(r.condition(), r.met(), r.facts())).toList(),
                        overrides.get(d.programme()))).toList())
                .setChangedProgrammes(List.copyOf(changed))
                .build();
    }

    /** Who the result is about, with what the gateway's consent decision needs. */
    static List<Subject> subjects(Assessment a) {
        List<Subject> subjects = new ArrayList<>();
        for (HouseholdMember m : a.state().getMembers()) {
            subjects.add(new Subject(m.getMemberId(), m.getBirthDate(), m.getEstimatedBirthYear(),
                    List.copyOf(m.getPpks())));
        }
        return subjects;
    }

    private static id.bagipakai.contracts.eligibility.Desils desils(Desils d) {
        return new id.bagipakai.contracts.eligibility.Desils(d.national(), d.province(), d.regency());
    }

    private ResultEvents() {
    }
}
