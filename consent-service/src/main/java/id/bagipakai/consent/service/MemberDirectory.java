package id.bagipakai.consent.service;

import id.bagipakai.consent.domain.MemberProfile;
import id.bagipakai.consent.repository.MemberProfileRepository;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The members this service knows, kept from the registry's household events: each event carries
 * the household's whole state, so the latest one decides. Events of one household arrive in
 * order; a repeat or an older version (at-least-once delivery) changes nothing.
 */
@ApplicationScoped
public class MemberDirectory {

    @Inject
    MemberProfileRepository profiles;

    /**
     * @throws IllegalArgumentException for a state no consumer can use (an id that is not a
     *     UUID, an unknown PPKS code): the caller parks the event
     */
    @Transactional
    public void apply(UUID householdId, int version, HouseholdState state) {
        List<MemberProfile> known = profiles.ofHousehold(householdId);
        if (known.stream().anyMatch(p -> p.householdVersion >= version)) {
            return;
        }
        Map<UUID, HouseholdMember> current = new HashMap<>();
        for (HouseholdMember m : state.getMembers()) {
            m.getPpks().forEach(Ppks::valueOf);
            current.put(UUID.fromString(m.getMemberId()), m);
        }
        String region = state.getLocation() == null ? null : state.getLocation().getRegionCode();
        Instant now = Instant.now();
        for (MemberProfile p : known) {
            if (!current.containsKey(p.memberId)) {
                p.active = false; // left this household; a later event of their new household says where they are
                p.householdVersion = version;
                p.updatedAt = now;
            }
        }
        current.forEach((memberId, m) -> {
            MemberProfile p = profiles.findByIdOptional(memberId).orElse(null);
            boolean created = p == null;
            if (created) {
                p = new MemberProfile();
                p.memberId = memberId;
            }
            p.householdId = householdId;
            p.householdVersion = version;
            p.regionCode = region;
            p.birthDate = m.getBirthDate();
            p.estimatedBirthYear = m.getEstimatedBirthYear();
            p.ppks = List.copyOf(m.getPpks());
            p.active = true;
            p.updatedAt = now;
            if (created) {
                profiles.persist(p);
            }
        });
    }

    public Optional<MemberProfile> find(UUID memberId) {
        return profiles.findByIdOptional(memberId);
    }
}
