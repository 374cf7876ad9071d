package id.bagipakai.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** A survey round, e.g. {@code {"code":"REGSOSEK-2026-S1","name":"Regsosek 2026, semester 1"}}. */
public record CreateWaveRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
        String code,
        @NotBlank(message = "is required") String name,
        LocalDate startsOn,
        LocalDate endsOn) {
}
