package id.bagipakai.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.registry.domain.Household;
import id.bagipakai.registry.domain.HouseholdVersion;
import id.bagipakai.registry.domain.MemberRecord;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.registry.messaging.HouseholdStates;
import id.bagipakai.registry.messaging.Outbox;
import id.bagipakai.registry.repository.HouseholdRepository;
import id.bagipakai.registry.repository.HouseholdVersionRepository;
import id.bagipakai.registry.repository.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class HouseholdService {

    /** A household at one version: the head's facts and the document. */
    public record Snapshot(UUID id, int version, Instant registeredAt, Instant updatedAt, HouseholdDocument document) {
    }

    /** One entry of a household's history. */
    public record Change(int version, Instant changedAt, String changedBy, String reason) {
    }

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdVersionRepository versions;

    @Inject
    MemberRepository members;

    @Inject
    Outbox outbox;

    @Inject
    RegionCatalog regions;

    @Inject
    ObjectMapper json;

    /**
     * Stores a new household (version 1, its members' look-up rows) and its HouseholdRegistered
     * event in one transaction: all of it or none of it.
     */
    @Transactional
    public Snapshot register(HouseholdDocument submitted, String actor) {
        HouseholdRules.Outcome outcome = new HouseholdRules(regions, LocalDate::now).apply(submitted, true);
        if (!outcome.valid()) {
            throw new InvalidInputException(outcome.errors());
        }
        HouseholdDocument document = outcome.document();
        refuseLinkedNiks(document);

        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Household household = new Household();
        household.id = UUID.randomUUID();
        household.regionCode = document.location().regionCode();
        household.kkNumber = document.kkNumber();
        household.version = 1;
        household.registeredAt = now;
        household.updatedAt = now;
        households.persist(household);
        versions.persist(version(household, document, actor, "registered", now));
        for (Member m : document.members()) {
            members.persist(memberRecord(household.id, m));
        }
        flushMembers();

        outbox.append(Topics.HOUSEHOLD_EVENTS, household.id.toString(), HouseholdRegistered.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setHouseholdId(household.id.toString())
                .setVersion(household.version)
                .setOccurredAt(now)
                .setHousehold(HouseholdStates.of(document))
                .build());
        return new Snapshot(household.id, household.version, household.registeredAt, household.updatedAt, document);
    }

    public Optional<Snapshot> current(UUID id) {
        return households.findByIdOptional(id).flatMap(h -> at(h, h.version));
    }

    public Optional<Snapshot> atVersion(UUID id, int version) {
        return households.findByIdOptional(id).flatMap(h -> at(h, version));
    }

    public Optional<List<Change>> history(UUID id) {
        return households.findByIdOptional(id).map(h -> versions.history(id).stream()
                .map(v -> new Change(v.version, v.changedAt, v.changedBy, v.reason))
                .toList());
    }

    private Optional<Snapshot> at(Household h, int version) {
        return versions.find(h.id, version)
                .map(v -> new Snapshot(h.id, v.version, h.registeredAt, v.changedAt, read(v.document)));
    }

    /** A NIK belongs to one person in the whole registry: 409 naming who holds it. */
    private void refuseLinkedNiks(HouseholdDocument document) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < document.members().size(); i++) {
            if (document.members().get(i).nik() != null) {
                index.put(document.members().get(i).nik(), i);
            }
        }
        Map<String, MemberRecord> holders = members.withNiks(index.keySet()).stream()
                .collect(Collectors.toMap(m -> m.nik, Function.identity()));
        if (holders.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        holders.forEach((nik, holder) -> errors.add(new FieldError("/members/" + index.get(nik) + "/nik",
                "is already linked to member " + holder.id + " of household " + holder.householdId)));
        MemberRecord first = holders.values().iterator().next();
        throw new ConflictException("A NIK in this household is already linked to another member", errors,
                URI.create("/households/" + first.householdId));
    }

    /** Two registrations racing with one NIK: the unique index decides, and the loser gets 409. */
    private void flushMembers() {
        try {
            members.flush();
        } catch (PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException c
                    && "member_nik_key".equals(c.getConstraintName())) {
                throw new ConflictException("A NIK in this household was just linked to another member",
                        List.of(new FieldError("/members", "a NIK is already linked")), null);
            }
            throw e;
        }
    }

    private HouseholdVersion version(Household h, HouseholdDocument document, String actor, String reason, Instant at) {
        HouseholdVersion v = new HouseholdVersion();
        v.householdId = h.id;
        v.version = h.version;
        v.document = write(document);
        v.changedBy = Objects.requireNonNullElse(actor, "unauthenticated");
        v.reason = reason;
        v.changedAt = at;
        return v;
    }

    private static MemberRecord memberRecord(UUID householdId, Member m) {
        MemberRecord r = new MemberRecord();
        r.id = m.memberId();
        r.householdId = householdId;
        r.nik = m.nik();
        r.name = m.name();
        r.birthYear = m.birthYear();
        return r;
    }

    private String write(HouseholdDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HouseholdDocument read(String document) {
        try {
            return json.readValue(document, HouseholdDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
