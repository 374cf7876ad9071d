package id.bagipakai.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /households body. */
public record RegisterHouseholdRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}", message = "must be a village code PP.KK.DD.VVVV")
        String regionCode,
        @Pattern(regexp = "\\d{16}", message = "must be 16 digits")
        String kkNumber,
        @Size(max = 500, message = "must be at most 500 characters")
        String address) {
}
