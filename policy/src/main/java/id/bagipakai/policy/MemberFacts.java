package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.eligibility.Subject;
import id.bagipakai.contracts.registry.HouseholdMember;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the decision needs to know about one member: age (for a guardian's consent) and PPKS
 * categories (for the agreement's PPKS scope and for specific data).
 *
 * @param birthDate null when unknown
 * @param estimatedBirthYear null when unknown; used only without a birth date
 */
public record MemberFacts(String memberId, LocalDate birthDate, Integer estimatedBirthYear, Set<Ppks> ppks) {

    public static final int AGE_OF_MAJORITY = 18;
    /**
     * Dates are taken in WIB (UTC+7), Indonesia's westernmost time: at any instant it shows the
     * earliest local date, so nobody counts as an adult before their birthday anywhere.
     */
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    public MemberFacts {
        Objects.requireNonNull(memberId, "memberId");
        ppks = ppks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ppks));
    }

    /**
     * The facts of a member as events carry it.
     *
     * @throws IllegalArgumentException for a PPKS code this library does not know (a newer
     *     registry): unclassified categories must not flow, so the caller denies the record
     */
    public static MemberFacts of(HouseholdMember member) {
        return new MemberFacts(member.getMemberId(), member.getBirthDate(), member.getEstimatedBirthYear(),
                ppks(member.getPpks()));
    }

    /**
     * The facts of a member an eligibility result is about, as the result carries them.
     *
     * @throws IllegalArgumentException for a PPKS code this library does not know, as {@link #of(HouseholdMember)}
     */
    public static MemberFacts of(Subject subject) {
        return new MemberFacts(subject.getMemberId(), subject.getBirthDate(), subject.getEstimatedBirthYear(),
                ppks(subject.getPpks()));
    }

    private static Set<Ppks> ppks(Iterable<? extends CharSequence> codes) {
        Set<Ppks> ppks = EnumSet.noneOf(Ppks.class);
        for (CharSequence code : codes) {
            ppks.add(Ppks.valueOf(code.toString()));
        }
        return ppks;
    }

    /**
     * Whether the member was surely 18 at that instant. An estimated year counts as born on its
     * last day, someone born on 29 February comes of age on 1 March, and a member of unknown age
     * is a child: each doubt falls on the side that asks for a guardian.
     */
    public boolean adultAt(Instant instant) {
        LocalDate birth;
        if (birthDate != null) {
            birth = birthDate;
        } else if (estimatedBirthYear != null) {
            birth = LocalDate.of(estimatedBirthYear, 12, 31);
        } else {
            return false;
        }
        LocalDate majority = birth.plusYears(AGE_OF_MAJORITY);
        if (majority.getDayOfMonth() != birth.getDayOfMonth()) {
            majority = majority.plusDays(1); // 29 February in a common year
        }
        return !instant.atOffset(WIB).toLocalDate().isBefore(majority);
    }
}
