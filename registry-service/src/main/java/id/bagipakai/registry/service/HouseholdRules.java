package id.bagipakai.registry.service;

import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.registry.domain.KkNumber;
import id.bagipakai.registry.domain.Nik;
import id.bagipakai.registry.domain.RegionDirectory;
import id.bagipakai.registry.domain.Sex;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.registry.domain.household.Member.QualityFlag;
import id.bagipakai.registry.domain.household.MemberCodes.Relationship;
import id.bagipakai.registry.domain.household.NoNik;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The registry's rules for a household document beyond its shape: existing regions, valid
 * identifiers, one head, plausible members. Pure (no I/O beyond the region directory), so every
 * rule is unit-tested. A member without a NIK is always accepted (with a reason, defaulted).
 */
public final class HouseholdRules {

    /** The document as the registry stores it (member ids, defaults, quality flags), or the errors. */
    public record Outcome(HouseholdDocument document, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final RegionDirectory regions;
    private final Supplier<LocalDate> today;

    public HouseholdRules(RegionDirectory regions, Supplier<LocalDate> today) {
        this.regions = regions;
        this.today = today;
    }

    /** @param newHousehold a registration: member ids are the registry's to assign */
    public Outcome apply(HouseholdDocument document, boolean newHousehold) {
        List<FieldError> errors = new ArrayList<>();
        String village = document.location().regionCode();
        if (village == null || village.length() != 13 || !regions.exists(village)) {
            errors.add(new FieldError("/location/regionCode", "no village has code " + village));
        }
        if (document.kkNumber() != null) {
            KkNumber.check(document.kkNumber(), regions).problems()
                    .forEach(p -> errors.add(new FieldError("/kkNumber", p)));
        }
        long heads = document.members().stream().filter(m -> m.relationship() == Relationship.HEAD).count();
        if (heads != 1) {
            errors.add(new FieldError("/members", "must have exactly one HEAD, has " + heads));
        }
        List<Member> members = new ArrayList<>();
        Map<String, Integer> nikAt = new HashMap<>();
        for (int i = 0; i < document.members().size(); i++) {
            Member m = document.members().get(i);
            if (newHousehold && m.memberId() != null) {
                errors.add(new FieldError("/members/" + i + "/memberId", "is assigned by the registry"));
            }
            members.add(member(m, "/members/" + i, nikAt, i, errors));
        }
        return new Outcome(document.withMembers(List.copyOf(members)), List.copyOf(errors));
    }

    private Member member(Member m, String at, Map<String, Integer> nikAt, int index, List<FieldError> errors) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        NoNik noNik = m.noNik();
        if (m.nik() == null) {
            noNik = noNik == null ? new NoNik(null, null) : noNik;
        } else {
            if (noNik != null) {
                errors.add(new FieldError(at + "/noNik", "must be absent when a NIK is given"));
            }
            Integer first = nikAt.putIfAbsent(m.nik(), index);
            if (first != null) {
                errors.add(new FieldError(at + "/nik", "is the same NIK as /members/" + first));
            }
            Nik.Check check = Nik.check(m.nik(), regions, today.get());
            check.problems().forEach(p -> errors.add(new FieldError(at + "/nik", p)));
            check.nik().ifPresent(nik -> {
                if (!nik.agreesWith(m.birthDate())) {
                    flags.add(QualityFlag.NIK_BIRTH_DATE_MISMATCH);
                }
                if (m.sex() != null && nik.sex() != m.sex()) {
                    flags.add(QualityFlag.NIK_SEX_MISMATCH);
                }
            });
        }
        if (m.birthDate() == null && m.estimatedBirthYear() == null) {
            errors.add(new FieldError(at + "/birthDate", "birthDate or estimatedBirthYear is required"));
        }
        if (Boolean.TRUE.equals(m.pregnant())) {
            Integer year = m.birthYear();
            int age = year == null ? -1 : today.get().getYear() - year;
            if (m.sex() != Sex.FEMALE || age < 10 || age > 54) {
                errors.add(new FieldError(at + "/pregnant", "is only recorded for women aged 10 to 54"));
            }
        }
        UUID id = m.memberId() != null ? m.memberId() : UUID.randomUUID();
        return m.withRegistryFields(id, m.nik() == null ? noNik : null, flags);
    }
}
