package id.bagipakai.consent.service;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.consent.domain.AgreementDraft;
import id.bagipakai.consent.domain.AgreementTerms;
import id.bagipakai.contracts.Streams;
import id.bagipakai.consent.domain.RetentionPeriods;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.Purpose;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a proposed agreement against the contracts (event types, field pointers of the household
 * state or of the eligibility results), the official
 * region table and the shared vocabulary, and names every failing field by JSON pointer. Pure:
 * the catalogs come in, so it is tested without a database.
 */
public final class AgreementTermsValidator {

    private static final int MAX_REFERENCE = 200;

    private final Set<String> fieldPaths;
    private final Predicate<String> regionExists;

    public AgreementTermsValidator(Set<String> fieldPaths, Predicate<String> regionExists) {
        this.fieldPaths = fieldPaths;
        this.regionExists = regionExists;
    }

    /** The terms, or {@link InvalidInputException} naming every failing field. */
    public AgreementTerms validate(AgreementDraft d, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (d.agencyId() == null) {
            errors.add(new FieldError("/agencyId", "is required"));
        }
        if (d.reference() != null && d.reference().length() > MAX_REFERENCE) {
            errors.add(new FieldError("/reference", "must be at most " + MAX_REFERENCE + " characters"));
        }
        Purpose purpose = oneOf("/purpose", d.purpose(), Purpose.class, errors);
        LegalBasis legalBasis = oneOf("/legalBasis", d.legalBasis(), LegalBasis.class, errors);
        AccessMode accessMode = oneOf("/accessMode", d.accessMode(), AccessMode.class, errors);

        List<String> streams = each("/streams", d.streams(), true, Streams::exists,
                s -> s, "is not a known stream (known: " + String.join(", ", Streams.names()) + ")",
                errors);
        List<String> eventTypes = each("/eventTypes", d.eventTypes(), true, Streams::isEventType, t -> t,
                "is not an event type of the contracts", errors);
        checkCarried(d.eventTypes(), streams, errors);
        List<String> fields = each("/fields", d.fields(), true, fieldPaths::contains, f -> f,
                "is not a field of the household state or of the eligibility results", errors);
        List<String> regions = each("/regionScope", d.regionScope(), true, regionExists, r -> r,
                "is not a code in the official region table", errors);
        List<Ppks> ppks = each("/ppksCategories", d.ppksCategories(), false, name -> parse(Ppks.class, name) != null,
                name -> parse(Ppks.class, name), "is not a PPKS category", errors);
        List<DeliveryMode> delivery = each("/deliveryModes", d.deliveryModes(), true,
                name -> parse(DeliveryMode.class, name) != null, name -> parse(DeliveryMode.class, name),
                "must be one of " + Arrays.toString(DeliveryMode.values()), errors);

        checkWindow(d.validFrom(), d.validUntil(), now, errors);
        Period retention = null;
        if (d.retention() == null) {
            errors.add(new FieldError("/retention", "is required"));
        } else {
            retention = RetentionPeriods.parse(d.retention()).orElse(null);
            if (retention == null) {
                errors.add(new FieldError("/retention", "must be a positive ISO-8601 period (P90D, P2Y) or number of days"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AgreementTerms(d.agencyId(), d.reference(), purpose, legalBasis, eventTypes, streams, fields,
                regions, ppks, accessMode, delivery, d.validFrom(), d.validUntil(), retention);
    }

    /** An event type no listed stream carries could never be delivered: name it. */
    private static void checkCarried(List<String> eventTypes, List<String> streams, List<FieldError> errors) {
        if (eventTypes == null || streams.isEmpty()) {
            return;
        }
        for (int i = 0; i < eventTypes.size(); i++) {
            String type = eventTypes.get(i);
            if (Streams.isEventType(type)
                    && streams.stream().noneMatch(s -> Streams.eventTypesOf(s).contains(type))) {
                errors.add(new FieldError("/eventTypes/" + i, "is not carried by any of the agreement's streams"));
            }
        }
    }

    private static void checkWindow(Instant from, Instant until, Instant now, List<FieldError> errors) {
        if (from == null) {
            errors.add(new FieldError("/validFrom", "is required"));
        }
        if (until == null) {
            errors.add(new FieldError("/validUntil", "is required"));
        } else if (from != null && !until.isAfter(from)) {
            errors.add(new FieldError("/validUntil", "must be after validFrom"));
        } else if (!until.isAfter(now)) {
            errors.add(new FieldError("/validUntil", "must be in the future"));
        }
    }

    private static <E extends Enum<E>> E oneOf(String pointer, String value, Class<E> type, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(pointer, "is required"));
            return null;
        }
        E parsed = parse(type, value);
        if (parsed == null) {
            errors.add(new FieldError(pointer, "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
        return parsed;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** Checks every element (pointer {@code list/i}); returns the valid ones converted, without duplicates. */
    private static <T> List<T> each(String pointer, List<String> values, boolean required, Predicate<String> valid,
                                    Function<String, T> convert, String detail, List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            if (required) {
                errors.add(new FieldError(pointer, "must name at least one"));
            }
            return List.of();
        }
        Set<T> result = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                errors.add(new FieldError(pointer + "/" + i, "must not be empty"));
            } else if (!valid.test(value)) {
                errors.add(new FieldError(pointer + "/" + i, detail));
            } else {
                result.add(convert.apply(value));
            }
        }
        return List.copyOf(result);
    }
}
