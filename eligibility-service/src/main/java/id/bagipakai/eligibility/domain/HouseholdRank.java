package id.bagipakai.eligibility.domain;

/**
 * Where a household stands by persons: desil 1–10 and percentile 1–100 in each scope, 0 where it is
 * not ranked. A household's position is the middle of its members in the ordering from poorest to
 * richest, so a household of six straddling a cut-off falls where most of its members are.
 */
public record HouseholdRank(Desils desils, int percentileNational, int percentileProvince, int percentileRegency) {
}
