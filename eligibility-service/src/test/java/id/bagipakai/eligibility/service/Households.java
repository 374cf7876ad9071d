package id.bagipakai.eligibility.service;

import id.bagipakai.contracts.registry.Assets;
import id.bagipakai.contracts.registry.Disability;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Housing;
import id.bagipakai.contracts.registry.Livestock;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.contracts.registry.Work;
import id.bagipakai.eligibility.domain.HouseholdProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Registry event states for tests, built the way the registry fills them. */
final class Households {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    static HouseholdState empty() {
        return new HouseholdState(null, null, null, null, null, new ArrayList<>(), new ArrayList<>());
    }

    /** A modest household in a Central Java desa: head, spouse, and the members given. */
    static HouseholdState rural(HouseholdMember... more) {
        HouseholdState s = empty();
        s.setLocation(new Location("33.01.01.2001", null, null, null));
        s.setHousing(new Housing("OWN", 45.0, "CEMENT_BRICK", "MASONRY", "CLAY_TILE", "PROTECTED_WELL", "PLN_METERED",
                "VA_450", "LPG_3_KG", "OWN", "GOOSENECK", "PIT"));
        s.setAssets(new Assets(false, false, false, false, false, true, false, false, true, true, true, false, false,
                false, false, false));
        s.setLivestock(new Livestock(0, 0, 0, 0, 3));
        List<HouseholdMember> members = new ArrayList<>();
        members.add(head());
        members.add(member("spouse", "SPOUSE", "FEMALE", LocalDate.of(1984, 7, 1)));
        members.addAll(List.of(more));
        s.setMembers(members);
        return s;
    }

    static HouseholdMember head() {
        HouseholdMember m = member("head", "HEAD", "MALE", LocalDate.of(1980, 3, 10));
        m.setEducation("SMP");
        m.setWork(new Work("WORKING", "Pertanian tanaman pangan", "Pekerja bebas di pertanian"));
        return m;
    }

    static HouseholdMember member(String id, String relationship, String sex, LocalDate birthDate) {
        return new HouseholdMember(id, "Name " + id, null, null, relationship, sex, birthDate, null, null, null, null,
                null, null, null, null, null, new ArrayList<>(), new ArrayList<>());
    }

    /** A child of the given age on {@link #AS_OF} (born a month before that birthday). */
    static HouseholdMember child(String id, int age) {
        return member(id, "CHILD", "MALE", AS_OF.minusYears(age).minusMonths(1));
    }

    static HouseholdMember inSchool(HouseholdMember m) {
        m.setSchoolParticipation("IN_SCHOOL");
        return m;
    }

    static HouseholdMember disabled(HouseholdMember m, String walking) {
        m.setDisability(new Disability("NONE", "NONE", walking, "NONE", "NONE", "NONE"));
        return m;
    }

    static HouseholdMember withPpks(HouseholdMember m, String... codes) {
        m.setPpks(new ArrayList<>(List.of(codes)));
        return m;
    }

    static HouseholdProfile profile(HouseholdState state) {
        return HouseholdProfiles.of("hh-1", state, AS_OF);
    }

    private Households() {
    }
}
