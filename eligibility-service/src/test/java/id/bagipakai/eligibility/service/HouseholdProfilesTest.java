package id.bagipakai.eligibility.service;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.contracts.registry.Work;
import id.bagipakai.eligibility.domain.Asset;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.Livestock;
import id.bagipakai.eligibility.domain.MemberProfile;
import id.bagipakai.eligibility.domain.WorkPosition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.bagipakai.eligibility.service.Households.AS_OF;
import static id.bagipakai.eligibility.service.Households.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdProfilesTest {

    @Test
    void location_gives_province_regency_and_urban_from_the_village_code() {
        HouseholdState s = Households.rural();
        HouseholdProfile rural = Households.profile(s);
        assertThat(rural.province()).isEqualTo("33");
        assertThat(rural.regency()).isEqualTo("33.01");
        assertThat(rural.urban()).isFalse();

        s.setLocation(new Location("31.71.01.1001", null, null, null));
        assertThat(Households.profile(s).urban()).isTrue();
    }

    @Test
    void an_empty_state_maps_to_explicit_unknowns() {
        HouseholdProfile p = Households.profile(Households.empty());
        assertThat(p.village()).isNull();
        assertThat(p.province()).isNull();
        assertThat(p.urban()).isNull();
        assertThat(p.housing().floor()).isNull();
        assertThat(p.assets()).isEmpty();
        assertThat(p.livestock()).isEmpty();
        assertThat(p.memberCount()).isZero();
        assertThat(p.head()).isNull();
    }

    @Test
    void unanswered_assets_are_absent_not_false() {
        HouseholdState s = Households.rural();
        s.getAssets().setCar(null);
        HouseholdProfile p = Households.profile(s);
        assertThat(p.assets()).doesNotContainKey(Asset.CAR).containsEntry(Asset.MOTORCYCLE, true)
                .containsEntry(Asset.REFRIGERATOR, false);
        assertThat(p.livestock()).containsEntry(Livestock.GOATS_SHEEP, 3);
    }

    @Test
    void ages_count_completed_years_on_the_reference_date() {
        LocalDate birthday = AS_OF.minusYears(6);
        assertThat(HouseholdProfiles.age(birthday, null, AS_OF)).isEqualTo(6);
        assertThat(HouseholdProfiles.age(birthday.plusDays(1), null, AS_OF)).isEqualTo(5);
        assertThat(HouseholdProfiles.age(null, 2020, AS_OF)).isEqualTo(6);
        assertThat(HouseholdProfiles.age(AS_OF.plusDays(1), null, AS_OF)).isNull();
        assertThat(HouseholdProfiles.age(null, null, AS_OF)).isNull();
    }

    @Test
    void disability_is_a_lot_or_cannot_in_any_washington_group_domain() {
        HouseholdMember some = Households.disabled(member("a", "CHILD", "MALE", null), "SOME");
        HouseholdMember aLot = Households.disabled(member("b", "CHILD", "MALE", null), "A_LOT");
        HouseholdMember cannot = Households.disabled(member("c", "CHILD", "MALE", null), "CANNOT");
        HouseholdProfile p = Households.profile(Households.rural(some, aLot, cannot));
        assertThat(p.members()).extracting(MemberProfile::disability).containsExactly(false, false, false, true, true);
    }

    @Test
    void members_are_numbered_in_order_and_keep_ppks_and_work() {
        HouseholdMember homeless = Households.withPpks(member("x", "OTHER", "MALE", null), "HOMELESS");
        homeless.setWork(new Work("WORKING", "Jasa lainnya", "Pekerja bebas di nonpertanian"));
        HouseholdProfile p = Households.profile(Households.rural(homeless));
        assertThat(p.members()).extracting(MemberProfile::number).containsExactly(1, 2, 3);
        MemberProfile head = p.head();
        assertThat(head.agriculture()).isTrue();
        assertThat(head.workPosition()).isEqualTo(WorkPosition.CASUAL_AGRICULTURE);
        MemberProfile third = p.members().get(2);
        assertThat(third.ppks()).containsExactly(Ppks.HOMELESS);
        assertThat(third.agriculture()).isFalse();
        assertThat(third.workPosition()).isEqualTo(WorkPosition.CASUAL_NON_AGRICULTURE);
        assertThat(third.age()).isNull();
    }

    @Test
    void unknown_ppks_codes_and_malformed_village_codes_are_refused() {
        HouseholdState s = Households.rural(Households.withPpks(member("x", "OTHER", "MALE", null), "ALIEN"));
        assertThatThrownBy(() -> Households.profile(s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALIEN");
        HouseholdState t = Households.rural();
        t.setLocation(new Location("33.01", null, null, null));
        assertThatThrownBy(() -> Households.profile(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("33.01");
    }
}
