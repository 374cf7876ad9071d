package id.bagipakai.registry.domain.household;

import id.bagipakai.registry.domain.household.MemberCodes.AlternativeIdIssuer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An identifier that stands in for a NIK, with who issued it (e.g. an NGO case number). */
public record AlternativeId(
        @NotNull(message = "is required") AlternativeIdIssuer issuer,
        @Size(max = 200, message = "must be at most 200 characters") String issuerName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String value) {
}
