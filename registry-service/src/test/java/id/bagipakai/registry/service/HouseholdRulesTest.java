package id.bagipakai.registry.service;

import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.registry.domain.Sex;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Location;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.registry.domain.household.MemberCodes.NoNikReason;
import id.bagipakai.registry.domain.household.MemberCodes.Relationship;
import id.bagipakai.registry.domain.household.NoNik;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final HouseholdRules rules = new HouseholdRules(
            Set.of("11.01.01", "11.01.01.2001")::contains, () -> TODAY);

    private static Member member(String name, String nik, Relationship relationship, Sex sex, LocalDate birth) {
        return new Member(null, name, nik, null, relationship, sex, birth, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    private static HouseholdDocument household(String village, Member... members) {
        return new HouseholdDocument(null, new Location(village, null, null, null), null, null, null, null,
                List.of(members));
    }

    private static final Member HEAD = member("Ahmad", "1101011205800001", Relationship.HEAD, Sex.MALE,
            LocalDate.of(1980, 5, 12));

    @Test
    void aValidHouseholdGetsMemberIdsAndAMemberWithoutNikAReason() {
        Member noNik = member("Cut", null, Relationship.SPOUSE, Sex.FEMALE, LocalDate.of(1982, 1, 1));

        HouseholdRules.Outcome outcome = rules.apply(household("11.01.01.2001", HEAD, noNik), true);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.document().members()).allSatisfy(m -> assertThat(m.memberId()).isNotNull());
        assertThat(outcome.document().members().get(1).noNik().reason()).isEqualTo(NoNikReason.NOT_YET_RECORDED);
        assertThat(outcome.document().members().get(0).noNik()).isNull();
        assertThat(outcome.document().members().get(0).qualityFlags()).isNull();
    }

    @Test
    void aNikWhoseDateDisagreesIsAcceptedWithAFlag() {
        Member head = member("Ahmad", "1101011205800001", Relationship.HEAD, Sex.MALE, LocalDate.of(1980, 5, 13));

        HouseholdRules.Outcome outcome = rules.apply(household("11.01.01.2001", head), true);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.document().members().getFirst().qualityFlags())
                .containsExactly(Member.QualityFlag.NIK_BIRTH_DATE_MISMATCH);
    }

    @Test
    void aNikOfAWomanOnAManIsFlaggedNotRejected() {
        Member head = member("Ahmad", "1101015205800001", Relationship.HEAD, Sex.MALE, LocalDate.of(1980, 5, 12));

        HouseholdRules.Outcome outcome = rules.apply(household("11.01.01.2001", head), true);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.document().members().getFirst().qualityFlags())
                .containsExactly(Member.QualityFlag.NIK_SEX_MISMATCH);
    }

    @Test
    void eachBrokenRuleIsNamedByPointer() {
        Member badNik = member("A", "1101013205800001", Relationship.HEAD, Sex.MALE, LocalDate.of(1980, 5, 12));
        Member secondHead = member("B", null, Relationship.HEAD, Sex.MALE, null);
        Member pregnantMan = new Member(null, "C", null, null, Relationship.CHILD, Sex.MALE, LocalDate.of(2000, 1, 1),
                null, null, true, null, null, null, null, null, null, null, null);

        List<FieldError> errors = rules.apply(household("11.01.01.9999", badNik, secondHead, pregnantMan), true).errors();

        assertThat(errors).extracting(FieldError::pointer).containsExactlyInAnyOrder(
                "/location/regionCode", "/members", "/members/0/nik", "/members/1/birthDate", "/members/2/pregnant");
    }

    @Test
    void theSameNikTwiceInOneHouseholdIsNamed() {
        Member twin = member("Twin", HEAD.nik(), Relationship.CHILD, Sex.MALE, LocalDate.of(1980, 5, 12));

        List<FieldError> errors = rules.apply(household("11.01.01.2001", HEAD, twin), true).errors();

        assertThat(errors).containsExactly(new FieldError("/members/1/nik", "is the same NIK as /members/0"));
    }

    @Test
    void aRegistrationCannotChooseMemberIdsNorGiveANikAndANoNikReason() {
        Member withId = new Member(UUID.randomUUID(), "Ahmad", HEAD.nik(), new NoNik(NoNikReason.OTHER, null),
                Relationship.HEAD, Sex.MALE, HEAD.birthDate(), null, null, null, null, null, null, null, null, null,
                null, null);

        List<FieldError> errors = rules.apply(household("11.01.01.2001", withId), true).errors();

        assertThat(errors).extracting(FieldError::pointer).containsExactlyInAnyOrder("/members/0/memberId", "/members/0/noNik");
    }
}
