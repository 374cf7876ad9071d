package id.bagipakai.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The consents known for one member, resolved per agreement:
 * <ul>
 *   <li>only records given at or before {@code now} count (a record is not known before it exists);
 *   <li>a grant about a child (under 18 when given) counts only with a guardian; a child's
 *       refusal, withdrawal or objection always counts, since it can only stop a flow. A grant
 *       that does not count is ignored as a whole, so an earlier refusal stays in force;
 *   <li>within a scope the latest record wins; on the same instant the more restrictive one
 *       (withdrawal, refusal, grant; objection before none), so a tie never widens a flow;
 *   <li>an agreement-scoped record takes precedence over a purpose-scoped one (a person may grant
 *       one programme while refusing its purpose in general), except that a purpose-wide
 *       withdrawal later than an agreement-scoped grant withdraws that grant too (a withdrawal
 *       stops flows from then on): the purpose scope's latest record applies from then;
 *   <li>an objection in either scope stands until a later record in that scope drops it.
 * </ul>
 */
public final class ConsentLedger {

    /** Ascending: the last of equal instants is the most restrictive. */
    private static final Comparator<ConsentRecord> LATEST_MOST_RESTRICTIVE = Comparator
            .comparing(ConsentRecord::givenAt)
            .thenComparing(ConsentLedger::restrictiveness)
            .thenComparing(ConsentRecord::objection);

    private final String memberId;
    private final List<ConsentRecord> records;

    private ConsentLedger(String memberId, List<ConsentRecord> records) {
        this.memberId = memberId;
        this.records = records;
    }

    public static ConsentLedger empty(String memberId) {
        return of(memberId, List.of());
    }

    /** @throws IllegalArgumentException when a record is about someone else */
    public static ConsentLedger of(String memberId, Collection<ConsentRecord> records) {
        Objects.requireNonNull(memberId, "memberId");
        for (ConsentRecord r : records) {
            if (!r.memberId().equals(memberId)) {
                throw new IllegalArgumentException("consent " + r.consentId() + " is not about member " + memberId);
            }
        }
        return new ConsentLedger(memberId, List.copyOf(records));
    }

    public String memberId() {
        return memberId;
    }

    public List<ConsentRecord> records() {
        return records;
    }

    /** The member's stance towards the agreement at {@code now}. */
    public EffectiveConsent effectiveFor(AgreementTerms terms, MemberFacts member, Instant now) {
        if (!member.memberId().equals(memberId)) {
            throw new IllegalArgumentException("ledger of " + memberId + " asked about " + member.memberId());
        }
        List<ConsentRecord> agreementScoped = known(terms, member, now, ConsentScope.OfAgreement.class);
        List<ConsentRecord> purposeScoped = known(terms, member, now, ConsentScope.OfPurpose.class);
        Optional<ConsentRecord> agreement = agreementScoped.stream().max(LATEST_MOST_RESTRICTIVE);
        Optional<ConsentRecord> purpose = purposeScoped.stream().max(LATEST_MOST_RESTRICTIVE);
        boolean objection = agreement.map(ConsentRecord::objection).orElse(false)
                || purpose.map(ConsentRecord::objection).orElse(false);
        if (agreement.isEmpty() || withdrawnSince(agreement.get(), purposeScoped)) {
            return new EffectiveConsent(purpose, objection);
        }
        return new EffectiveConsent(agreement, objection);
    }

    /**
     * Whether a purpose-wide withdrawal came after this agreement-scoped grant: the grant is gone,
     * and whatever the purpose scope said last (withdrawal, refusal, or a new grant) applies.
     */
    private static boolean withdrawnSince(ConsentRecord agreement, List<ConsentRecord> purposeScoped) {
        return agreement.state() == ConsentState.GRANTED && purposeScoped.stream()
                .anyMatch(p -> p.state() == ConsentState.WITHDRAWN && p.givenAt().isAfter(agreement.givenAt()));
    }

    /** The records of one scope kind that cover the agreement and count at {@code now}. */
    private List<ConsentRecord> known(AgreementTerms terms, MemberFacts member, Instant now,
                                      Class<? extends ConsentScope> kind) {
        return records.stream()
                .filter(r -> kind.isInstance(r.scope()) && r.scope().covers(terms))
                .filter(r -> !r.givenAt().isAfter(now))
                .filter(r -> counts(r, member))
                .toList();
    }

    private static boolean counts(ConsentRecord r, MemberFacts member) {
        return r.state() != ConsentState.GRANTED || r.guardianPresent() || member.adultAt(r.givenAt());
    }

    private static int restrictiveness(ConsentRecord r) {
        return switch (r.state()) {
            case GRANTED -> 0;
            case REFUSED -> 1;
            case WITHDRAWN -> 2;
        };
    }
}
