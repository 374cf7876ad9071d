package id.bagipakai.eligibility.service;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.eligibility.domain.Asset;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.Housing;
import id.bagipakai.eligibility.domain.Livestock;
import id.bagipakai.eligibility.domain.MemberProfile;
import id.bagipakai.eligibility.domain.VillageCode;
import id.bagipakai.eligibility.domain.WorkPosition;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Builds the pure {@link HouseholdProfile} from the household state every registry event carries. */
public final class HouseholdProfiles {

    /** Ages count in WIB (UTC+7), as the policy module does, so both agree on a birthday. */
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    /** The profile with ages as of today in WIB. */
    public static HouseholdProfile of(String householdId, HouseholdState state) {
        return of(householdId, state, LocalDate.now(WIB));
    }

    /**
     * The profile with ages as of {@code asOf}: pass the event's date to make a replay give the
     * same profile.
     *
     * @throws IllegalArgumentException for a malformed village code or a PPKS code this service
     *     does not know (a newer registry): the caller sets the event aside rather than deciding
     *     programmes on a partial reading
     */
    public static HouseholdProfile of(String householdId, HouseholdState state, LocalDate asOf) {
        VillageCode village = state.getLocation() == null ? null : new VillageCode(state.getLocation().getRegionCode());
        List<MemberProfile> members = new ArrayList<>(state.getMembers().size());
        for (HouseholdMember m : state.getMembers()) {
            members.add(member(m, members.size() + 1, asOf));
        }
        return new HouseholdProfile(householdId, asOf, village, housing(state), assets(state), livestock(state),
                members);
    }

    private static Housing housing(HouseholdState state) {
        var h = state.getHousing();
        if (h == null) {
            return Housing.UNKNOWN;
        }
        return new Housing(h.getTenure(), h.getFloorAreaM2(), h.getFloor(), h.getWall(), h.getRoof(),
                h.getDrinkingWater(), h.getLighting(), h.getInstalledPower(), h.getCookingFuel(), h.getToilet(),
                h.getToiletType(), h.getFinalDisposal());
    }

    private static Map<Asset, Boolean> assets(HouseholdState state) {
        var a = state.getAssets();
        Map<Asset, Boolean> owned = new EnumMap<>(Asset.class);
        if (a == null) {
            return owned;
        }
        put(owned, Asset.LPG_TANK_5_5_KG_OR_MORE, a.getLpgTank55KgOrMore());
        put(owned, Asset.REFRIGERATOR, a.getRefrigerator());
        put(owned, Asset.AIR_CONDITIONER, a.getAirConditioner());
        put(owned, Asset.WATER_HEATER, a.getWaterHeater());
        put(owned, Asset.LANDLINE, a.getLandline());
        put(owned, Asset.TELEVISION_30_INCH_OR_MORE, a.getTelevision30InchOrMore());
        put(owned, Asset.GOLD_10_GRAMS_OR_MORE, a.getGold10GramsOrMore());
        put(owned, Asset.COMPUTER, a.getComputer());
        put(owned, Asset.SMARTPHONE, a.getSmartphone());
        put(owned, Asset.BICYCLE, a.getBicycle());
        put(owned, Asset.MOTORCYCLE, a.getMotorcycle());
        put(owned, Asset.CAR, a.getCar());
        put(owned, Asset.BOAT, a.getBoat());
        put(owned, Asset.MOTOR_BOAT, a.getMotorBoat());
        put(owned, Asset.LAND_ELSEWHERE, a.getLandElsewhere());
        put(owned, Asset.HOUSE_ELSEWHERE, a.getHouseElsewhere());
        return owned;
    }

    private static Map<Livestock, Integer> livestock(HouseholdState state) {
        var l = state.getLivestock();
        Map<Livestock, Integer> counts = new EnumMap<>(Livestock.class);
        if (l == null) {
            return counts;
        }
        put(counts, Livestock.CATTLE, l.getCattle());
        put(counts, Livestock.BUFFALO, l.getBuffalo());
        put(counts, Livestock.HORSES, l.getHorses());
        put(counts, Livestock.PIGS, l.getPigs());
        put(counts, Livestock.GOATS_SHEEP, l.getGoatsSheep());
        return counts;
    }

    private static <K, V> void put(Map<K, V> map, K key, V value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static MemberProfile member(HouseholdMember m, int number, LocalDate asOf) {
        Set<Ppks> ppks = EnumSet.noneOf(Ppks.class);
        for (String code : m.getPpks()) {
            ppks.add(Ppks.valueOf(code));
        }
        var work = m.getWork();
        String status = work == null ? null : work.getStatus();
        boolean working = "WORKING".equals(status);
        return new MemberProfile(m.getMemberId(), number, m.getRelationship(), m.getSex(),
                age(m.getBirthDate(), m.getEstimatedBirthYear(), asOf), m.getPregnant(), m.getSchoolParticipation(),
                m.getEducation(), status,
                working ? WorkPosition.agriculturalSector(work.getSector()) : null,
                working ? WorkPosition.parse(work.getPosition()) : null,
                disability(m.getDisability()), ppks);
    }

    /**
     * Completed years on {@code asOf}. An estimated birth year gives the age reached during
     * {@code asOf}'s year (at most one year too old). Null when unknown or born after {@code asOf}.
     */
    static Integer age(LocalDate birthDate, Integer estimatedBirthYear, LocalDate asOf) {
        if (birthDate != null) {
            return birthDate.isAfter(asOf) ? null : Period.between(birthDate, asOf).getYears();
        }
        if (estimatedBirthYear != null && estimatedBirthYear <= asOf.getYear()) {
            return asOf.getYear() - estimatedBirthYear;
        }
        return null;
    }

    /** Washington Group: a disability when any domain is "a lot of difficulty" or "cannot do at all". */
    static boolean disability(id.bagipakai.contracts.registry.Disability d) {
        if (d == null) {
            return false;
        }
        return Stream.of(d.getSeeing(), d.getHearing(), d.getWalking(), d.getRemembering(), d.getSelfCare(),
                d.getCommunicating()).anyMatch(v -> "A_LOT".equals(v) || "CANNOT".equals(v));
    }

    private HouseholdProfiles() {
    }
}
