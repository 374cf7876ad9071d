package id.bagipakai.eligibility.domain;

import id.bagipakai.contracts.codes.Ppks;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What scoring and programme rules need to know about one member. Codes are the registry's
 * ({@code MemberCodes}); any of the boxed values may be null when unknown.
 *
 * @param number         1-based position in the household, how reasons name the member
 * @param age            completed years on the profile's reference date; null when unknown
 * @param workStatus     WORKING, NOT_WORKING, SCHOOL, HOUSEKEEPING, OTHER
 * @param agriculture    whether the member works in agriculture, forestry or fishing; null when
 *                       not working or the sector is unknown
 * @param workPosition   status in employment; null when not working or not recognised
 * @param disability     Washington Group: "a lot of difficulty" or "cannot do at all" in any domain
 */
public record MemberProfile(
        String memberId,
        int number,
        String relationship,
        String sex,
        Integer age,
        Boolean pregnant,
        String schoolParticipation,
        String education,
        String workStatus,
        Boolean agriculture,
        WorkPosition workPosition,
        boolean disability,
        Set<Ppks> ppks) {

    public MemberProfile {
        Objects.requireNonNull(memberId, "memberId");
        ppks = ppks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ppks));
    }

    public boolean head() {
        return "HEAD".equals(relationship);
    }

    public boolean female() {
        return "FEMALE".equals(sex);
    }

    public boolean inSchool() {
        return "IN_SCHOOL".equals(schoolParticipation);
    }

    /** Whether the age is known and within [min, max] (inclusive; null bound = open). */
    public boolean ageWithin(Integer min, Integer max) {
        return age != null && (min == null || age >= min) && (max == null || age <= max);
    }
}
