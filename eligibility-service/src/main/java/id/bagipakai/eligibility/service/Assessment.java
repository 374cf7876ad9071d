package id.bagipakai.eligibility.service;

import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.WelfareScore;

import java.time.Instant;
import java.util.UUID;

/**
 * One household as evaluated now: the state it was read in, its profile, score and desils. The
 * programme decisions are taken from it by {@link ResultRecorder}, which also knows the overrides.
 */
public record Assessment(UUID householdId, int householdVersion, Instant occurredAt, HouseholdState state,
                         HouseholdProfile profile, WelfareScore score, Desils desils) {
}
