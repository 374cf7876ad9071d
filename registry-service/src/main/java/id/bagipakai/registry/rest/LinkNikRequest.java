package id.bagipakai.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** POST /members/{memberId}/nik. */
public record LinkNikRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String nik) {
}
