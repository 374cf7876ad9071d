package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.household.HouseholdDocument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** PUT /households/{id}: the new document and why it changed. */
public record UpdateHouseholdRequest(
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason,
        @NotNull(message = "is required") @Valid HouseholdDocument household) {
}
