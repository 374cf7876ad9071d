package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.service.HouseholdService.Snapshot;

import java.time.Instant;
import java.util.UUID;

/** A household at one version, as the API shows it. */
public record HouseholdView(UUID id, int version, Instant registeredAt, Instant updatedAt, HouseholdDocument household) {

    static HouseholdView of(Snapshot s) {
        return new HouseholdView(s.id(), s.version(), s.registeredAt(), s.updatedAt(), s.document());
    }
}
