package id.bagipakai.consent.rest;

import id.bagipakai.consent.domain.AgencyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An agency to register.
 *
 * @param clientId the Keycloak client id; derived from the name when absent
 * @param regionCode the province or regency of a regional office; only for those
 */
public record AgencyRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotNull(message = "is required") AgencyKind kind,
        String regionCode,
        @NotNull(message = "is required") @Valid Contact contact,
        String clientId) {

    public record Contact(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotBlank(message = "is required") @Email(message = "must be an e-mail address") String email,
            @Size(max = 40, message = "must be at most 40 characters") String phone) {
    }
}
