package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.registry.HouseholdMember;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberFactsTest {

    @Test
    void comesOfAgeOnTheEighteenthBirthdayAtMidnightWib() {
        MemberFacts m = new MemberFacts("m", LocalDate.of(2008, 11, 24), null, Set.of());
        assertThat(m.adultAt(Instant.parse("2026-11-23T16:59:59Z"))).isFalse(); // 23:59:59 WIB
        assertThat(m.adultAt(Instant.parse("2026-11-23T17:00:00Z"))).isTrue(); // 00:00 WIB on the birthday
        assertThat(m.adultAt(Instant.parse("2025-11-24T08:00:00Z"))).isFalse();
    }

    @Test
    void aLeapDayBirthComesOfAgeOnTheFirstOfMarch() {
        MemberFacts m = new MemberFacts("m", LocalDate.of(2008, 2, 29), null, Set.of());
        assertThat(m.adultAt(Instant.parse("2026-02-28T12:00:00Z"))).isFalse();
        assertThat(m.adultAt(Instant.parse("2026-03-01T00:00:00Z"))).isTrue();
    }

    @Test
    void anEstimatedYearCountsAsBornOnItsLastDay() {
        MemberFacts m = new MemberFacts("m", null, 2008, Set.of());
        assertThat(m.adultAt(Instant.parse("2026-12-30T12:00:00Z"))).isFalse();
        assertThat(m.adultAt(Instant.parse("2026-12-31T00:00:00Z"))).isTrue();
    }

    @Test
    void theBirthDateWinsOverTheEstimate() {
        MemberFacts m = new MemberFacts("m", LocalDate.of(2000, 1, 1), 2010, Set.of());
        assertThat(m.adultAt(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void aMemberOfUnknownAgeIsAChild() {
        assertThat(new MemberFacts("m", null, null, Set.of()).adultAt(Instant.parse("2100-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void readsTheEventMember() {
        HouseholdMember member = HouseholdMember.newBuilder().setMemberId("m-1").setName("Asep").setRelationship("HEAD")
                .setSex("MALE").setEstimatedBirthYear(1975).setPpks(List.of("HOMELESS", "PERSON_LIVING_WITH_HIV")).build();
        assertThat(MemberFacts.of(member)).isEqualTo(new MemberFacts("m-1", null, 1975,
                Set.of(Ppks.HOMELESS, Ppks.PERSON_LIVING_WITH_HIV)));
    }

    @Test
    void refusesAPpksCodeItCannotClassify() {
        HouseholdMember member = HouseholdMember.newBuilder().setMemberId("m-1").setName("Asep").setRelationship("HEAD")
                .setSex("MALE").setPpks(List.of("SOMETHING_NEW")).build();
        assertThatThrownBy(() -> MemberFacts.of(member)).isInstanceOf(IllegalArgumentException.class);
    }
}
