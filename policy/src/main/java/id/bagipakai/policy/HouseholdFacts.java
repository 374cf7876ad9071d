package id.bagipakai.policy;

import id.bagipakai.contracts.eligibility.Subject;
import id.bagipakai.contracts.registry.HouseholdState;

import java.util.List;

/**
 * What the decision needs to know about one household.
 *
 * @param regionCode the village code, null when the household has no location (then no
 *     region-scoped agreement covers it)
 */
public record HouseholdFacts(String regionCode, List<MemberFacts> members) {

    public HouseholdFacts {
        members = List.copyOf(members);
        if (members.stream().map(MemberFacts::memberId).distinct().count() != members.size()) {
            throw new IllegalArgumentException("a member appears twice");
        }
    }

    /** @throws IllegalArgumentException as {@link MemberFacts#of} does */
    public static HouseholdFacts of(HouseholdState state) {
        String region = state.getLocation() == null ? null : state.getLocation().getRegionCode();
        return new HouseholdFacts(region, state.getMembers().stream().map(MemberFacts::of).toList());
    }

    /**
     * What an eligibility result carries about its household: the region and the members it is about.
     *
     * @throws IllegalArgumentException as {@link MemberFacts#of(Subject)} does, or when a subject appears twice
     */
    public static HouseholdFacts ofResult(String regionCode, List<Subject> subjects) {
        return new HouseholdFacts(regionCode, subjects.stream().map(MemberFacts::of).toList());
    }
}
