package id.bagipakai.eligibility.service;

/** Why a household's result was computed again (the {@code cause} of its result events). */
public enum Cause {
    /** A household event from the registry. */
    HOUSEHOLD_CHANGED,
    /** Another household entered, moved or left and shifted a desil cut-off. */
    RANKING_SHIFTED,
    /** A switch of the PMT model, evaluated by replaying the household topic. */
    MODEL_CHANGED,
    /** A switch of the programme rule set, evaluated by replaying the household topic. */
    RULES_CHANGED,
    /** A reviewer decided an objection. */
    OBJECTION_RESOLVED,
    /** A full recompute under the same versions. */
    RECOMPUTED
}
