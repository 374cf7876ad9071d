package id.bagipakai.consent.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agreement as an operator proposes it, unchecked. Vocabulary fields are plain strings so
 * that every wrong value is answered at once, each by its JSON pointer, rather than the first
 * one stopping the JSON reader.
 *
 * @param retention an ISO-8601 period ({@code P1Y}) or a number of days ({@code 90})
 */
public record AgreementDraft(UUID agencyId, String reference, String purpose, String legalBasis,
                             List<String> eventTypes, List<String> streams, List<String> fields,
                             List<String> regionScope, List<String> ppksCategories, String accessMode,
                             List<String> deliveryModes, Instant validFrom, Instant validUntil, String retention) {
}
