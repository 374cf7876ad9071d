package id.bagipakai.registry.service.duplicates;

import id.bagipakai.registry.domain.DuplicateCandidate;
import id.bagipakai.registry.domain.MemberRecord;
import id.bagipakai.registry.domain.RegionDirectory;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.registry.repository.DuplicateCandidateRepository;
import id.bagipakai.registry.repository.HouseholdRepository;
import id.bagipakai.registry.repository.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Flags likely duplicates of members recorded without a NIK (a NIK is unique by index; without
 * one only similarity can tell). Candidates come from the same regency and a close birth year;
 * pairs the scorer rates for review become OPEN candidates. Nothing is merged here.
 */
@ApplicationScoped
public class DuplicateFinder {

    /** Birth years are often estimated in fives: look that far. */
    private static final int YEAR_WINDOW = 5;
    private static final int MAX_CANDIDATES = 500;

    private final DuplicateScorer scorer = DuplicateScorer.defaults();

    @Inject
    MemberRepository members;

    @Inject
    HouseholdRepository households;

    @Inject
    DuplicateCandidateRepository candidates;

    /** Scores the given new members of a household (those without NIK) against the registry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int flag(UUID householdId, HouseholdDocument document, Collection<UUID> newMemberIds) {
        String village = document.location().regionCode();
        Set<String> relatives = document.members().stream().map(Member::name).collect(Collectors.toSet());
        int flagged = 0;
        for (Member m : document.members()) {
            if (m.nik() != null || !newMemberIds.contains(m.memberId())) {
                continue;
            }
            DuplicateScorer.Candidate self = new DuplicateScorer.Candidate(m.memberId().toString(), m.name(),
                    m.birthYear(), m.sex().name(), village, without(relatives, m.name()));
            List<MemberRecord> others = members.possibleDuplicates(householdId, RegionDirectory.regencyOf(village), m.birthYear(),
                    YEAR_WINDOW, MAX_CANDIDATES);
            Set<UUID> otherHouseholds = others.stream().map(o -> o.householdId).collect(Collectors.toSet());
            Map<UUID, List<MemberRecord>> byHousehold = members.activeIn(otherHouseholds).stream()
                    .collect(Collectors.groupingBy(r -> r.householdId));
            Map<UUID, String> villages = otherHouseholds.isEmpty() ? Map.of()
                    : households.list("id IN ?1", otherHouseholds).stream()
                    .collect(Collectors.toMap(h -> h.id, h -> h.regionCode));
            for (MemberRecord other : others) {
                String otherVillage = villages.get(other.householdId);
                Set<String> otherRelatives = byHousehold.getOrDefault(other.householdId, List.of()).stream()
                        .filter(r -> !r.id.equals(other.id)).map(r -> r.name).collect(Collectors.toSet());
                DuplicateScorer.Score score = scorer.score(self, new DuplicateScorer.Candidate(other.id.toString(),
                        other.name, other.birthYear, other.sex, otherVillage, otherRelatives));
                if (scorer.needsReview(score)) {
                    DuplicateCandidate c = new DuplicateCandidate();
                    c.id = UUID.randomUUID();
                    c.memberId = m.memberId();
                    c.otherMemberId = other.id;
                    c.score = score.value();
                    c.reasons = score.reasons();
                    c.status = DuplicateCandidate.Status.OPEN;
                    c.createdAt = Instant.now();
                    candidates.persist(c);
                    flagged++;
                }
            }
        }
        return flagged;
    }

    private static Set<String> without(Set<String> names, String name) {
        return names.stream().filter(n -> !n.equals(name)).collect(Collectors.toSet());
    }
}
