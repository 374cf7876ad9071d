package id.bagipakai.registry.service;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.registry.domain.Household;
import id.bagipakai.registry.domain.KkNumber;
import id.bagipakai.registry.messaging.Outbox;
import id.bagipakai.registry.repository.HouseholdRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HouseholdService {

    @Inject
    HouseholdRepository households;

    @Inject
    Outbox outbox;

    @Inject
    RegionCatalog regions;

    /** Stores the household and its HouseholdRegistered event in one transaction. */
    @Transactional
    public Household register(RegisterHousehold command) {
        validate(command);
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

    /** Rules that need the registry's data (the shape is checked by annotations before). */
    private void validate(RegisterHousehold command) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!regions.isVillage(command.regionCode())) {
            errors.add(new Problem.FieldError("/regionCode", "no village has code " + command.regionCode()));
        }
        if (command.kkNumber() != null) {
            KkNumber.check(command.kkNumber(), regions).problems()
                    .forEach(problem -> errors.add(new Problem.FieldError("/kkNumber", problem)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public Optional<Household> find(UUID id) {
        return households.findByIdOptional(id);
    }
}
