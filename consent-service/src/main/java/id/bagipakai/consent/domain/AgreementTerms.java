package id.bagipakai.consent.domain;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.Purpose;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** The checked terms of an agreement, in the shared vocabulary; lists without duplicates, in given order. */
public record AgreementTerms(UUID agencyId, String reference, Purpose purpose, LegalBasis legalBasis,
                             List<String> eventTypes, List<String> streams, List<String> fields,
                             List<String> regionScope, List<Ppks> ppksCategories, AccessMode accessMode,
                             List<DeliveryMode> deliveryModes, Instant validFrom, Instant validUntil,
                             Period retention) {
}
