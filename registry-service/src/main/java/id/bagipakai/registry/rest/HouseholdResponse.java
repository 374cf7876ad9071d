package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.Household;

import java.time.Instant;
import java.util.UUID;

public record HouseholdResponse(UUID id, String regionCode, String kkNumber, String address, int version,
                                Instant registeredAt) {

    static HouseholdResponse of(Household h) {
        return new HouseholdResponse(h.id, h.regionCode, h.kkNumber, h.address, h.version, h.registeredAt);
    }
}
