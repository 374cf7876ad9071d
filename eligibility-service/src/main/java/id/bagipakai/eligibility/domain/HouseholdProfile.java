package id.bagipakai.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A household as scoring and programme rules see it: pure data, built from the registry's event
 * state by {@code HouseholdProfiles}. Only what the model and the rules use is kept.
 *
 * @param asOf      the reference date of the members' ages; replaying an event with the same date
 *                  gives the same profile
 * @param village   null when the household has no location (then it is ranked nationally only and
 *                  scored with the national rural coefficients)
 * @param housing   never null; its parts may be
 * @param assets    answered asset questions only: a missing key means unknown
 * @param livestock answered counts only: a missing key means unknown
 */
public record HouseholdProfile(
        String householdId,
        LocalDate asOf,
        VillageCode village,
        Housing housing,
        Map<Asset, Boolean> assets,
        Map<Livestock, Integer> livestock,
        List<MemberProfile> members) {

    public HouseholdProfile {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(asOf, "asOf");
        housing = housing == null ? Housing.UNKNOWN : housing;
        assets = Map.copyOf(assets);
        livestock = Map.copyOf(livestock);
        members = List.copyOf(members);
    }

    /** The village code, or null. */
    public String regionCode() {
        return village == null ? null : village.code();
    }

    /** {@code PP}, or null without a location. */
    public String province() {
        return village == null ? null : village.province();
    }

    /** {@code PP.KK}, or null without a location. */
    public String regency() {
        return village == null ? null : village.regency();
    }

    /** Urban (kelurahan) or rural (desa); null without a location. */
    public Boolean urban() {
        return village == null ? null : village.urban();
    }

    public int memberCount() {
        return members.size();
    }

    /** The first member recorded as head, or null when none is. */
    public MemberProfile head() {
        for (MemberProfile m : members) {
            if (m.head()) {
                return m;
            }
        }
        return null;
    }
}
