package id.bagipakai.registry.domain.household;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * One version of a household as the registry holds it: the Regsosek household with its members.
 * Stored whole (JSONB) per version; the columns needed for look-ups (region, KK, NIKs) sit beside it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdDocument(
        @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String kkNumber,
        @NotNull(message = "is required") @Valid Location location,
        @Valid Housing housing,
        @Valid Assets assets,
        @Valid Livestock livestock,
        Set<Programme> programmesReceived,
        @NotEmpty(message = "must list at least one member")
        @Size(max = 60, message = "must list at most 60 members") List<@Valid @NotNull Member> members) {

    public HouseholdDocument withMembers(List<Member> newMembers) {
        return new HouseholdDocument(kkNumber, location, housing, assets, livestock, programmesReceived, newMembers);
    }
}
