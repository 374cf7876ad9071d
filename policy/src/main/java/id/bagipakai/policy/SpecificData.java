package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which parts of the household document are specific personal data (UU 27/2022 Art. 4): they
 * leave the registry only with the person's explicit consent, whatever the agreement's basis.
 *
 * <p>Health: disability (the Washington Group domains), chronic illness, pregnancy. Not here:
 * {@code jknStatus}, the health-insurance membership (PBI, non-PBI, none), which records coverage
 * and who pays the premium, not a condition or care received; it is what PBI-JKN targeting needs
 * and the household's {@code programmesReceived} says as much already.
 *
 * <p>PPKS: {@link #PPKS} is one array of category codes; only its {@link Ppks#specific()} values
 * are specific data, so it is filtered by value (see {@link MemberDecision.Release#ppks()}), not
 * withheld as a whole.
 */
public final class SpecificData {

    public static final String DISABILITY = "/members/*/disability";
    public static final String CHRONIC_ILLNESS = "/members/*/chronicIllness";
    public static final String PREGNANT = "/members/*/pregnant";
    /** The member's PPKS categories: released only as the values {@link MemberDecision.Release#ppks()} allows. */
    public static final String PPKS = "/members/*/ppks";

    /** The pointers withheld, with everything below them, unless the person explicitly consented. */
    public static final List<String> POINTERS = List.of(DISABILITY, CHRONIC_ILLNESS, PREGNANT);

    private static final Set<Ppks> SPECIFIC_PPKS = EnumSet.noneOf(Ppks.class);

    static {
        for (Ppks p : Ppks.values()) {
            if (p.specific()) {
                SPECIFIC_PPKS.add(p);
            }
        }
    }

    private SpecificData() {
    }

    /** Whether the pointer addresses specific data (one of {@link #POINTERS} or below it). */
    public static boolean isSpecific(String pointer) {
        return POINTERS.stream().anyMatch(s -> HouseholdFields.within(pointer, s));
    }

    /** Whether the pointer covers specific data: it is specific or lies above a specific pointer. */
    public static boolean reachesSpecific(String pointer) {
        return POINTERS.stream().anyMatch(s -> HouseholdFields.within(pointer, s) || HouseholdFields.above(pointer, s));
    }

    public static Set<Ppks> specificPpks() {
        return EnumSet.copyOf(SPECIFIC_PPKS);
    }
}
