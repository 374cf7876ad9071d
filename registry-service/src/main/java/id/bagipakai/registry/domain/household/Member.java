package id.bagipakai.registry.domain.household;

import id.bagipakai.contracts.codes.Ppks;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.bagipakai.registry.domain.Sex;
import id.bagipakai.registry.domain.household.MemberCodes.Education;
import id.bagipakai.registry.domain.household.MemberCodes.JknStatus;
import id.bagipakai.registry.domain.household.MemberCodes.MaritalStatus;
import id.bagipakai.registry.domain.household.MemberCodes.Relationship;
import id.bagipakai.registry.domain.household.MemberCodes.SchoolParticipation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A household member as recorded. {@code memberId} is the registry's and stays with the person across
 * versions; {@code qualityFlags} are set by the registry (e.g. a NIK whose date part disagrees
 * with the birth date), never by the client.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Member(
        UUID memberId,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String nik,
        @Valid NoNik noNik,
        @NotNull(message = "is required") Relationship relationship,
        @NotNull(message = "is required") Sex sex,
        @PastOrPresent(message = "must not be in the future") LocalDate birthDate,
        @Min(value = 1880, message = "must be 1880 or later") @Max(value = 2100, message = "must be 2100 or earlier")
        Integer estimatedBirthYear,
        MaritalStatus maritalStatus,
        Boolean pregnant,
        SchoolParticipation schoolParticipation,
        Education education,
        @Valid Work work,
        @Valid Disability disability,
        Boolean chronicIllness,
        JknStatus jknStatus,
        Set<Ppks> ppks,
        Set<QualityFlag> qualityFlags) {

    /** Data-quality findings the registry records instead of rejecting. */
    public enum QualityFlag { NIK_BIRTH_DATE_MISMATCH, NIK_SEX_MISMATCH }

    /** Birth year, exact or estimated. */
    public Integer birthYear() {
        return birthDate != null ? Integer.valueOf(birthDate.getYear()) : estimatedBirthYear;
    }

    /** The same member with a NIK linked (and so no longer a no-NIK reason). */
    public Member withNik(String newNik) {
        return new Member(memberId, name, newNik, null, relationship, sex, birthDate, estimatedBirthYear, maritalStatus,
                pregnant, schoolParticipation, education, work, disability, chronicIllness, jknStatus, ppks, null);
    }

    public Member withRegistryFields(UUID newId, NoNik newNoNik, Set<QualityFlag> flags) {
        return new Member(newId, name, nik, newNoNik, relationship, sex, birthDate, estimatedBirthYear, maritalStatus,
                pregnant, schoolParticipation, education, work, disability, chronicIllness, jknStatus,
                ppks == null ? Set.of() : ppks, flags.isEmpty() ? null : flags);
    }
}
