package id.bagipakai.registry.domain.household;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** WGS 84, within Indonesia's bounding box (so a swapped latitude/longitude is caught). */
public record Coordinates(
        @NotNull(message = "is required")
        @DecimalMin(value = "-11.5", message = "must be within Indonesia (-11.5 to 6.5)")
        @DecimalMax(value = "6.5", message = "must be within Indonesia (-11.5 to 6.5)") Double latitude,
        @NotNull(message = "is required")
        @DecimalMin(value = "94.5", message = "must be within Indonesia (94.5 to 141.5)")
        @DecimalMax(value = "141.5", message = "must be within Indonesia (94.5 to 141.5)") Double longitude) {
}
