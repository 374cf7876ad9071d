package id.bagipakai.registry.domain.household;

import id.bagipakai.registry.domain.household.MemberCodes.Difficulty;

import java.util.stream.Stream;

/** Washington Group Short Set: six functional domains. */
public record Disability(
        Difficulty seeing,
        Difficulty hearing,
        Difficulty walking,
        Difficulty remembering,
        Difficulty selfCare,
        Difficulty communicating) {

    /** Any domain "a lot of difficulty" or "cannot do at all". */
    public boolean any() {
        return Stream.of(seeing, hearing, walking, remembering, selfCare, communicating)
                .anyMatch(d -> d != null && d.isSevere());
    }
}
