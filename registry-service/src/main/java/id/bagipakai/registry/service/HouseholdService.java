package id.bagipakai.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdUpdated;
import id.bagipakai.contracts.registry.MemberLeft;
import id.bagipakai.contracts.registry.NikLinked;
import id.bagipakai.registry.domain.Household;
import id.bagipakai.registry.domain.HouseholdVersion;
import id.bagipakai.registry.domain.MemberRecord;
import id.bagipakai.registry.domain.RegionDirectory;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.registry.domain.household.MemberCodes.Relationship;
import id.bagipakai.registry.messaging.HouseholdStates;
import id.bagipakai.commons.outbox.Outbox;
import id.bagipakai.registry.repository.HouseholdRepository;
import id.bagipakai.registry.repository.HouseholdVersionRepository;
import id.bagipakai.registry.repository.MemberRepository;
import id.bagipakai.registry.service.duplicates.DuplicateFinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
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

    @Inject
    DuplicateFinder duplicates;

    @Inject
    HouseholdDocuments documents;

    /**
     * Stores a new household (version 1, its members' look-up rows) and its HouseholdRegistered
     * event in one transaction: all of it or none of it.
     */
    public Snapshot register(HouseholdDocument submitted, String actor) {
        return register(submitted, actor, "registered");
    }

    /** @param reason why it is registered (e.g. a verified partner finding), kept with version 1 */
    @Transactional
    public Snapshot register(HouseholdDocument submitted, String actor, String reason) {
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
        versions.persist(version(household, document, actor, reason, now));
        for (Member m : document.members()) {
            members.persist(memberRecord(household.id, household.regionCode, m));
        }
        flushMembers();
        duplicates.flag(household.id, document, document.members().stream().map(Member::memberId).toList());

        outbox.append(Topics.HOUSEHOLD_EVENTS, household.id.toString(), registeredEvent(household.id, now, document));
        return new Snapshot(household.id, household.version, household.registeredAt, household.updatedAt, document);
    }

    /** The event of a new household: version 1 with its full state. */
    public static HouseholdRegistered registeredEvent(UUID id, Instant at, HouseholdDocument document) {
        return HouseholdRegistered.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setHouseholdId(id.toString())
                .setVersion(1)
                .setOccurredAt(at)
                .setHousehold(HouseholdStates.of(document))
                .build();
    }

    /** Why a member left a household. */
    public enum LeaveReason { MOVED, DECEASED, SPLIT, DUPLICATE, OTHER }

    /**
     * Replaces the document with a new version, if {@code expectedVersion} is still current. Every
     * current member must still be listed (members leave through {@link #leave}, never by omission);
     * members without an id are new. An unchanged document makes no version.
     */
    @Transactional
    public Snapshot update(UUID id, int expectedVersion, HouseholdDocument submitted, String reason, String actor) {
        return applyUpdate(id, expectedVersion, submitted, reason, actor, null);
    }

    /**
     * {@link #update} inside the caller's transaction (a survey-wave batch). It refuses (throws)
     * before it writes anything, so a refused row leaves the batch usable.
     *
     * @param expectedVersion null to apply to whatever version is current (a wave supersedes)
     * @param importJobId the import the change came from, counted by the relay; null for the API
     */
    public Snapshot applyUpdate(UUID id, Integer expectedVersion, HouseholdDocument submitted, String reason,
                                String actor, UUID importJobId) {
        Household head = lockCurrent(id, expectedVersion);
        HouseholdDocument current = documents.read(versions.find(id, head.version).orElseThrow().document);
        HouseholdRules.Outcome outcome = new HouseholdRules(regions, LocalDate::now).apply(submitted, false);
        List<FieldError> errors = new ArrayList<>(outcome.errors());
        errors.addAll(memberContinuity(current, submitted));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        HouseholdDocument document = outcome.document();
        refuseLinkedNiks(document);
        List<String> changed = DocumentDiff.changedPaths(json.valueToTree(current), json.valueToTree(document));
        if (changed.isEmpty()) {
            return new Snapshot(head.id, head.version, head.registeredAt, head.updatedAt, current);
        }
        Instant now = commit(head, document, actor, reason);
        Set<UUID> before = current.members().stream().map(Member::memberId).collect(Collectors.toSet());
        duplicates.flag(id, document, document.members().stream().map(Member::memberId)
                .filter(m -> !before.contains(m)).toList());
        outbox.append(Topics.HOUSEHOLD_EVENTS, id.toString(), HouseholdUpdated.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setHouseholdId(id.toString()).setVersion(head.version)
                .setOccurredAt(now).setChangedPaths(changed).setReason(reason).setChangedBy(HouseholdDocuments.actorOf(actor))
                .setHousehold(HouseholdStates.of(document)).build(), importJobId);
        return new Snapshot(head.id, head.version, head.registeredAt, head.updatedAt, document);
    }

    /** A member leaves (moved, deceased, split off): a new version without them, and a MemberLeft event. */
    @Transactional
    public Snapshot leave(UUID id, int expectedVersion, UUID memberId, LeaveReason reason, String note, String actor) {
        Household head = lockCurrent(id, expectedVersion);
        HouseholdDocument current = documents.read(versions.find(id, head.version).orElseThrow().document);
        Member leaving = current.members().stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No member " + memberId + " in household " + id));
        if (leaving.relationship() == Relationship.HEAD) {
            throw new InvalidInputException("/memberId",
                    "the head cannot leave: first update the household to name another head");
        }
        HouseholdDocument document = current.withMembers(current.members().stream()
                .filter(m -> !m.memberId().equals(memberId)).toList());
        String why = reason + (note == null || note.isBlank() ? "" : ": " + note);
        Instant now = commit(head, document, actor, "member left (" + why + ")");
        MemberRecord record = members.findById(memberId);
        record.active = false;
        record.leftReason = reason.name();
        record.leftAt = now;
        outbox.append(Topics.HOUSEHOLD_EVENTS, id.toString(), MemberLeft.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setHouseholdId(id.toString()).setVersion(head.version)
                .setOccurredAt(now).setMemberId(memberId.toString()).setReason(reason.name()).setNote(note)
                .setChangedBy(HouseholdDocuments.actorOf(actor)).setHousehold(HouseholdStates.of(document)).build());
        return new Snapshot(head.id, head.version, head.registeredAt, head.updatedAt, document);
    }

    /** Links a NIK to a member registered without one; the earlier versions keep the history. */
    @Transactional
    public Snapshot linkNik(UUID memberId, String nik, String actor) {
        MemberRecord record = members.findByIdOptional(memberId).filter(m -> m.active)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No active member " + memberId));
        Household head = lockCurrent(record.householdId, null);
        HouseholdDocument current = documents.read(versions.find(head.id, head.version).orElseThrow().document);
        List<Member> updated = current.members().stream()
                .map(m -> m.memberId().equals(memberId) ? m.withNik(nik) : m).toList();
        HouseholdRules.Outcome outcome = new HouseholdRules(regions, LocalDate::now)
                .apply(current.withMembers(updated), false);
        List<FieldError> errors = outcome.errors().stream()
                .filter(e -> e.pointer().endsWith("/nik")).map(e -> new FieldError("/nik", e.detail())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        members.withNiks(List.of(nik)).stream().filter(h -> !h.id.equals(memberId)).findFirst().ifPresent(h -> {
            throw new ConflictException("This NIK is already linked to another member",
                    List.of(new FieldError("/nik", "is already linked to member " + h.id + " of household "
                            + h.householdId)), URI.create("/households/" + h.householdId));
        });
        HouseholdDocument document = outcome.document();
        Instant now = commit(head, document, actor, "NIK linked to member " + memberId);
        outbox.append(Topics.HOUSEHOLD_EVENTS, head.id.toString(), NikLinked.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setHouseholdId(head.id.toString()).setVersion(head.version)
                .setOccurredAt(now).setMemberId(memberId.toString()).setChangedBy(HouseholdDocuments.actorOf(actor))
                .setHousehold(HouseholdStates.of(document)).build());
        return new Snapshot(head.id, head.version, head.registeredAt, head.updatedAt, document);
    }

    /** The head, locked for this transaction; 412 when the caller's version is no longer current. */
    private Household lockCurrent(UUID id, Integer expectedVersion) {
        Household head = households.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No household " + id));
        if (expectedVersion != null && head.version != expectedVersion) {
            throw new ClientErrorException("Household " + id + " is at version " + head.version + ", not "
                    + expectedVersion + ": read it again and reapply the change", Response.Status.PRECONDITION_FAILED);
        }
        return head;
    }

    /** Members leave only through leave(): an update must list every current member, and no strangers. */
    private static List<FieldError> memberContinuity(HouseholdDocument current, HouseholdDocument submitted) {
        Set<UUID> currentIds = current.members().stream().map(Member::memberId).collect(Collectors.toSet());
        Set<UUID> submittedIds = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < submitted.members().size(); i++) {
            UUID memberId = submitted.members().get(i).memberId();
            if (memberId != null && (!currentIds.contains(memberId) || !submittedIds.add(memberId))) {
                errors.add(new FieldError("/members/" + i + "/memberId", "is not a member of this household"));
            }
        }
        currentIds.stream().filter(m -> !submittedIds.contains(m)).sorted().forEach(m -> errors.add(new FieldError(
                "/members", "member " + m + " is missing: members leave through POST .../members/{id}/leave")));
        return errors;
    }

    /** Writes the next version and the members' look-up rows; returns the time of the change. */
    private Instant commit(Household head, HouseholdDocument document, String actor, String reason) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        head.version++;
        head.updatedAt = now;
        head.regionCode = document.location().regionCode();
        head.kkNumber = document.kkNumber();
        versions.persist(version(head, document, actor, reason, now));
        for (Member m : document.members()) {
            MemberRecord existing = members.findById(m.memberId());
            if (existing == null) {
                members.persist(memberRecord(head.id, head.regionCode, m));
            } else {
                existing.nik = m.nik();
                existing.name = m.name();
                existing.birthYear = m.birthYear();
                existing.sex = m.sex().name();
                existing.regencyCode = RegionDirectory.regencyOf(head.regionCode);
            }
        }
        flushMembers();
        return now;
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
                .map(v -> new Snapshot(h.id, v.version, h.registeredAt, v.changedAt, documents.read(v.document)));
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
                .filter(holder -> !holder.id.equals(document.members().get(index.get(holder.nik)).memberId()))
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
        v.document = documents.write(document);
        v.changedBy = HouseholdDocuments.actorOf(actor);
        v.reason = reason;
        v.changedAt = at;
        return v;
    }

    private static MemberRecord memberRecord(UUID householdId, String regionCode, Member m) {
        MemberRecord r = new MemberRecord();
        r.regencyCode = RegionDirectory.regencyOf(regionCode);
        r.id = m.memberId();
        r.householdId = householdId;
        r.nik = m.nik();
        r.name = m.name();
        r.birthYear = m.birthYear();
        r.sex = m.sex().name();
        return r;
    }


}
