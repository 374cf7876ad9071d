package id.bagipakai.registry.domain.household;

import jakarta.validation.constraints.PositiveOrZero;

/** Head counts; null when not asked. */
public record Livestock(
        @PositiveOrZero(message = "must not be negative") Integer cattle,
        @PositiveOrZero(message = "must not be negative") Integer buffalo,
        @PositiveOrZero(message = "must not be negative") Integer horses,
        @PositiveOrZero(message = "must not be negative") Integer pigs,
        @PositiveOrZero(message = "must not be negative") Integer goatsSheep) {
}
