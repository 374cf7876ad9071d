package id.bagipakai.eligibility.domain;

import java.util.UUID;

/**
 * A household whose desil changed in some scope after a ranking event.
 *
 * @param before null when the household was not ranked before (it was just added)
 * @param after  null when it is no longer ranked (it was removed)
 */
public record DesilChange(UUID householdId, Desils before, Desils after) {
}
