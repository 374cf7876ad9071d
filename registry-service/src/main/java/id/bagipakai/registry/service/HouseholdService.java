package id.bagipakai.registry.service;

import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.registry.domain.Household;
import id.bagipakai.registry.messaging.Outbox;
import id.bagipakai.registry.repository.HouseholdRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HouseholdService {

    @Inject
    HouseholdRepository households;

    @Inject
    Outbox outbox;

    /** Stores the household and its HouseholdRegistered event in one transaction. */
    @Transactional
    public Household register(RegisterHousehold command) {
        Household household = new Household();
        household.id = UUID.randomUUID();
        household.regionCode = command.regionCode();
        household.kkNumber = command.kkNumber();
        household.address = command.address();
        household.version = 1;
        household.registeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        households.persist(household);

        outbox.append(Topics.HOUSEHOLD_EVENTS, household.id.toString(), HouseholdRegistered.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setHouseholdId(household.id.toString())
                .setVersion(household.version)
                .setOccurredAt(household.registeredAt)
                .setHousehold(HouseholdState.newBuilder()
                        .setRegionCode(household.regionCode)
                        .setKkNumber(household.kkNumber)
                        .setAddress(household.address)
                        .build())
                .build());
        return household;
    }

    public Optional<Household> find(UUID id) {
        return households.findByIdOptional(id);
    }
}
