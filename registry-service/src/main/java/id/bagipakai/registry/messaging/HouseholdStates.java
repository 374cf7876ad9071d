package id.bagipakai.registry.messaging;

import id.bagipakai.contracts.registry.AlternativeId;
import id.bagipakai.contracts.registry.Assets;
import id.bagipakai.contracts.registry.Coordinates;
import id.bagipakai.contracts.registry.Disability;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Housing;
import id.bagipakai.contracts.registry.Livestock;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.contracts.registry.NoNik;
import id.bagipakai.contracts.registry.Work;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Member;

import java.util.Collection;
import java.util.List;

/**
 * The household document as the Avro state carried by every household event. Field for field the
 * same shape (codes as strings), so a JSON pointer into the document addresses the same field in
 * an event: agreements name fields once, for the API and the streams alike.
 */
public final class HouseholdStates {

    public static HouseholdState of(HouseholdDocument d) {
        var l = d.location();
        var builder = HouseholdState.newBuilder()
                .setKkNumber(d.kkNumber())
                .setLocation(Location.newBuilder()
                        .setRegionCode(l.regionCode())
                        .setSls(l.sls())
                        .setAddress(l.address())
                        .setCoordinates(l.coordinates() == null ? null : Coordinates.newBuilder()
                                .setLatitude(l.coordinates().latitude())
                                .setLongitude(l.coordinates().longitude()).build())
                        .build())
                .setProgrammesReceived(names(d.programmesReceived()))
                .setMembers(d.members().stream().map(HouseholdStates::member).toList());
        if (d.housing() != null) {
            var h = d.housing();
            builder.setHousing(Housing.newBuilder()
                    .setTenure(name(h.tenure())).setFloorAreaM2(h.floorAreaM2()).setFloor(name(h.floor()))
                    .setWall(name(h.wall())).setRoof(name(h.roof())).setDrinkingWater(name(h.drinkingWater()))
                    .setLighting(name(h.lighting())).setInstalledPower(name(h.installedPower()))
                    .setCookingFuel(name(h.cookingFuel())).setToilet(name(h.toilet()))
                    .setToiletType(name(h.toiletType())).setFinalDisposal(name(h.finalDisposal())).build());
        }
        if (d.assets() != null) {
            var a = d.assets();
            builder.setAssets(Assets.newBuilder()
                    .setLpgTank55KgOrMore(a.lpgTank55KgOrMore()).setRefrigerator(a.refrigerator())
                    .setAirConditioner(a.airConditioner()).setWaterHeater(a.waterHeater()).setLandline(a.landline())
                    .setTelevision30InchOrMore(a.television30InchOrMore()).setGold10GramsOrMore(a.gold10GramsOrMore())
                    .setComputer(a.computer()).setSmartphone(a.smartphone()).setBicycle(a.bicycle())
                    .setMotorcycle(a.motorcycle()).setCar(a.car()).setBoat(a.boat()).setMotorBoat(a.motorBoat())
                    .setLandElsewhere(a.landElsewhere()).setHouseElsewhere(a.houseElsewhere()).build());
        }
        if (d.livestock() != null) {
            var s = d.livestock();
            builder.setLivestock(Livestock.newBuilder().setCattle(s.cattle()).setBuffalo(s.buffalo())
                    .setHorses(s.horses()).setPigs(s.pigs()).setGoatsSheep(s.goatsSheep()).build());
        }
        return builder.build();
    }

    private static HouseholdMember member(Member m) {
        var builder = HouseholdMember.newBuilder()
                .setMemberId(m.memberId().toString())
                .setName(m.name())
                .setNik(m.nik())
                .setRelationship(m.relationship().name())
                .setSex(m.sex().name())
                .setBirthDate(m.birthDate())
                .setEstimatedBirthYear(m.estimatedBirthYear())
                .setMaritalStatus(name(m.maritalStatus()))
                .setPregnant(m.pregnant())
                .setSchoolParticipation(name(m.schoolParticipation()))
                .setEducation(name(m.education()))
                .setChronicIllness(m.chronicIllness())
                .setJknStatus(name(m.jknStatus()))
                .setPpks(names(m.ppks()))
                .setQualityFlags(names(m.qualityFlags()));
        if (m.noNik() != null) {
            builder.setNoNik(NoNik.newBuilder()
                    .setReason(m.noNik().reason().name())
                    .setAlternativeIds(m.noNik().alternativeIds().stream()
                            .map(a -> AlternativeId.newBuilder().setIssuer(a.issuer().name())
                                    .setIssuerName(a.issuerName()).setValue(a.value()).build())
                            .toList())
                    .build());
        }
        if (m.work() != null) {
            builder.setWork(Work.newBuilder().setStatus(name(m.work().status())).setSector(m.work().sector())
                    .setPosition(m.work().position()).build());
        }
        if (m.disability() != null) {
            var w = m.disability();
            builder.setDisability(Disability.newBuilder().setSeeing(name(w.seeing())).setHearing(name(w.hearing()))
                    .setWalking(name(w.walking())).setRemembering(name(w.remembering()))
                    .setSelfCare(name(w.selfCare())).setCommunicating(name(w.communicating())).build());
        }
        return builder.build();
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }

    private static List<String> names(Collection<? extends Enum<?>> codes) {
        return codes == null ? List.of() : codes.stream().map(Enum::name).sorted().toList();
    }

    private HouseholdStates() {
    }
}
