package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one data-sharing agreement (PKS) lets one agency receive, as the decision reads it.
 * Malformed terms are refused here, when the agreement is loaded, rather than per record.
 *
 * @param eventTypes the household events covered (e.g. {@code HouseholdRegistered}); none covers nothing
 * @param fields JSON pointers into the household document ({@link HouseholdFields}), leaves or
 *     whole objects ({@code *} stands for every member), or into the eligibility results
 *     ({@link ResultFields}); each catalogue's grants release nothing of the other's records
 * @param regionPrefixes Kemendagri codes (province {@code 32}, regency {@code 32.73}, district or
 *     village) whose households are in scope; none covers nothing (a national agreement lists
 *     the provinces)
 * @param ppksCategories when not empty, only members in one of these categories are shared
 * @param validFrom first instant data may flow
 * @param validUntil first instant data may no longer flow
 */
public record AgreementTerms(String agreementId, String agencyId, AgreementStatus status, Purpose purpose,
                             LegalBasis legalBasis, Set<String> eventTypes, Set<String> fields,
                             Set<String> regionPrefixes, Set<Ppks> ppksCategories, AccessMode accessMode,
                             Instant validFrom, Instant validUntil) {

    private static final Pattern REGION_PREFIX = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public AgreementTerms {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(accessMode, "accessMode");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        eventTypes = Set.copyOf(eventTypes);
        fields = Set.copyOf(fields);
        regionPrefixes = Set.copyOf(regionPrefixes);
        ppksCategories = ppksCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ppksCategories));
        for (String field : fields) {
            if (!isGrantable(field)) {
                throw new IllegalArgumentException("not a field of the household state or of the eligibility results: "
                        + field);
            }
        }
        for (String prefix : regionPrefixes) {
            if (!REGION_PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("not a region code: " + prefix);
            }
        }
        if (!validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("validity window is empty: " + validFrom + " .. " + validUntil);
        }
    }

    /** Whether the terms may name the pointer: a household field (the whole document too) or a result field. */
    public static boolean isGrantable(String pointer) {
        return HouseholdFields.contains(pointer) || ResultFields.contains(pointer);
    }

    /** Every pointer an agreement may name: the household fields but the whole document, then the result fields. */
    public static Set<String> grantableFields() {
        Set<String> all = new LinkedHashSet<>(HouseholdFields.grantable());
        all.addAll(ResultFields.grantable());
        return Collections.unmodifiableSet(all);
    }

    /** Whether data may flow at that instant: the agreement is active and inside its window. */
    public boolean inForceAt(Instant now) {
        return status.allowsFlow() && withinWindow(now);
    }

    public boolean withinWindow(Instant now) {
        return !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    /** Whether a household in that village is in scope; a prefix matches whole code parts only. */
    public boolean coversRegion(String regionCode) {
        return regionCode != null
                && regionPrefixes.stream().anyMatch(p -> regionCode.equals(p) || regionCode.startsWith(p + "."));
    }
}
