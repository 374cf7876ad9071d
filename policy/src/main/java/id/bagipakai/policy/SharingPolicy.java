package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one decision that combines an agreement with a person's consent: pure, total and deny by
 * default. The gateway calls it per record; everything it needs comes in as arguments.
 *
 * <p>Rules, in order (the first that applies decides):
 * <ol>
 *   <li>the agreement is not ACTIVE, or {@code now} is outside its window: deny;
 *   <li>the member withdrew or refused in scope: deny, whatever the basis;
 *   <li>the member objects and the basis is public task or legitimate interest: deny;
 *   <li>the basis is explicit consent and there is no valid grant in scope: deny;
 *   <li>the agreement is scoped to PPKS categories: the member must be in one of them, and in
 *       one it may show (a specific category only with a grant), else deny;
 *   <li>release the agreement's member-level fields; without a grant, minus
 *       {@link SpecificData#POINTERS} and minus specific PPKS values.
 * </ol>
 */
public final class SharingPolicy {

    private SharingPolicy() {
    }

    /** What of one member may flow under the agreement at {@code now}. */
    public static MemberDecision decide(AgreementTerms terms, MemberFacts member, ConsentLedger consents, Instant now) {
        String id = member.memberId();
        DenyReason notInForce = notInForce(terms, now);
        if (notInForce != null) {
            return new MemberDecision.Deny(id, notInForce, notInForceDetail(terms, now));
        }
        EffectiveConsent consent = consents.effectiveFor(terms, member, now);
        ConsentState state = consent.state().orElse(null);
        if (state == ConsentState.WITHDRAWN) {
            return new MemberDecision.Deny(id, DenyReason.CONSENT_WITHDRAWN, "consent withdrawn (" + consentId(consent) + ")");
        }
        if (state == ConsentState.REFUSED) {
            return new MemberDecision.Deny(id, DenyReason.CONSENT_REFUSED, "consent refused (" + consentId(consent) + ")");
        }
        if (consent.objection() && terms.legalBasis().yieldsToObjection()) {
            return new MemberDecision.Deny(id, DenyReason.OBJECTION, "objects to processing on basis " + terms.legalBasis());
        }
        boolean granted = consent.granted();
        if (terms.legalBasis().requiresConsent() && !granted) {
            return new MemberDecision.Deny(id, DenyReason.CONSENT_MISSING, "no valid consent for agreement "
                    + terms.agreementId() + " or purpose " + terms.purpose());
        }
        Set<Ppks> shown = EnumSet.noneOf(Ppks.class);
        for (Ppks p : member.ppks()) {
            boolean inScope = terms.ppksCategories().isEmpty() || terms.ppksCategories().contains(p);
            if (inScope && (granted || !p.specific())) {
                shown.add(p);
            }
        }
        if (!terms.ppksCategories().isEmpty() && shown.isEmpty()) {
            // Being shared at all would tell the agency the member is in a scoped category.
            boolean inAny = member.ppks().stream().anyMatch(terms.ppksCategories()::contains);
            return inAny
                    ? new MemberDecision.Deny(id, DenyReason.SPECIFIC_PPKS_WITHOUT_CONSENT,
                            "in scope only through specific PPKS categories, without explicit consent")
                    : new MemberDecision.Deny(id, DenyReason.PPKS_OUT_OF_SCOPE, "in none of the agreement's PPKS categories");
        }
        Set<String> withheld = new LinkedHashSet<>();
        Set<String> fields = memberFields(terms.fields());
        if (!granted) {
            fields = HouseholdFields.carve(fields, SpecificData.POINTERS, withheld);
        }
        boolean showsPpks = fields.stream().anyMatch(f -> HouseholdFields.within(SpecificData.PPKS, f));
        return new MemberDecision.Release(id, fields, showsPpks ? shown : Set.of(), withheld,
                consent.decisive().map(ConsentRecord::consentId));
    }

    /**
     * What of one household may flow under the agreement for an event of {@code eventType} at
     * {@code now}. The household's own fields flow only when at least one member may be shared:
     * they are that member's data too, and a household kept only for a member who may not be
     * shared (or for a PPKS scope nobody in it matches) would say something about its members.
     * Only grants of household fields count: an agreement that grants nothing of the household
     * document (only eligibility results) releases nothing of it.
     *
     * @param consents the ledger of each member by member id; a member without one has given no answer
     */
    public static HouseholdDecision decideHousehold(AgreementTerms terms, String eventType, HouseholdFacts household,
                                                    Map<String, ConsentLedger> consents, Instant now) {
        boolean granted = terms.fields().stream().anyMatch(HouseholdFields::contains);
        return decideHousehold(terms, eventType, household, consents, now, granted, householdFields(terms.fields()));
    }

    /**
     * What of one eligibility result ({@code WelfareRankChanged}, {@code EligibilityChanged}) may
     * flow under the agreement at {@code now}. {@code subjects} are the members the result is about,
     * with the household's region: the household rules decide as for a household event (event type,
     * region, each member's consent, at least one member released; a result about nobody is denied),
     * over the result fields the agreement grants ({@link ResultFields#released}). The explanation
     * and the reasons are derived from every member's data, specific data included: they are
     * withheld unless every subject holds a valid explicit grant in scope.
     *
     * @param consents the ledger of each subject by member id
     */
    public static ResultDecision decideResult(AgreementTerms terms, String eventType, HouseholdFacts subjects,
                                              Map<String, ConsentLedger> consents, Instant now) {
        Set<String> released = ResultFields.released(terms.fields());
        HouseholdDecision decision = decideHousehold(terms, eventType, subjects, consents, now, !released.isEmpty(),
                released);
        if (decision instanceof HouseholdDecision.Deny deny) {
            return new ResultDecision.Deny(deny.agreementId(), deny.reason(), deny.detail(), deny.members());
        }
        boolean everyGrant = subjects.members().stream().allMatch(m -> consents
                .getOrDefault(m.memberId(), ConsentLedger.empty(m.memberId())).effectiveFor(terms, m, now).granted());
        Set<String> withheld = new LinkedHashSet<>();
        if (!everyGrant) {
            released.stream().filter(ResultFields.specific()::contains).forEach(withheld::add);
        }
        Set<String> fields = new LinkedHashSet<>(released);
        fields.removeAll(withheld);
        return new ResultDecision.Release(terms.agreementId(), fields, withheld, decision.members(), terms.accessMode());
    }

    /** The household rules over {@code fields}, the grants that count for this kind of record. */
    private static HouseholdDecision decideHousehold(AgreementTerms terms, String eventType, HouseholdFacts household,
                                                     Map<String, ConsentLedger> consents, Instant now,
                                                     boolean anyFieldGranted, Set<String> fields) {
        String agreement = terms.agreementId();
        DenyReason notInForce = notInForce(terms, now);
        if (notInForce != null) {
            return new HouseholdDecision.Deny(agreement, notInForce, notInForceDetail(terms, now), List.of());
        }
        if (!terms.eventTypes().contains(eventType)) {
            return new HouseholdDecision.Deny(agreement, DenyReason.EVENT_TYPE_NOT_COVERED,
                    "event type " + eventType + " is not covered", List.of());
        }
        if (!anyFieldGranted) {
            return new HouseholdDecision.Deny(agreement, DenyReason.NO_FIELDS_GRANTED,
                    "the agreement grants no field of " + eventType, List.of());
        }
        if (!terms.coversRegion(household.regionCode())) {
            return new HouseholdDecision.Deny(agreement, DenyReason.REGION_OUT_OF_SCOPE,
                    "region " + household.regionCode() + " is outside " + terms.regionPrefixes(), List.of());
        }
        List<MemberDecision> members = new ArrayList<>();
        for (MemberFacts member : household.members()) {
            ConsentLedger ledger = consents.getOrDefault(member.memberId(), ConsentLedger.empty(member.memberId()));
            members.add(decide(terms, member, ledger, now));
        }
        if (members.stream().noneMatch(MemberDecision.Release.class::isInstance)) {
            return new HouseholdDecision.Deny(agreement, DenyReason.NO_MEMBER_RELEASED, "no member may be shared", members);
        }
        return new HouseholdDecision.Release(agreement, fields, members, terms.accessMode());
    }

    /**
     * The granted household pointers outside {@code /members}; a grant above it is cut down to its
     * siblings. Grants of result fields are not household fields.
     */
    static Set<String> householdFields(Set<String> granted) {
        return HouseholdFields.carve(granted.stream().filter(HouseholdFields::contains).toList(),
                List.of(HouseholdFields.MEMBERS), new HashSet<>());
    }

    /** The granted pointers at or below {@code /members/*}; a grant above it counts as the whole member. */
    static Set<String> memberFields(Set<String> granted) {
        Set<String> fields = new LinkedHashSet<>();
        for (String pointer : granted) {
            if (HouseholdFields.within(pointer, HouseholdFields.MEMBER)) {
                fields.add(pointer);
            } else if (HouseholdFields.above(pointer, HouseholdFields.MEMBER)) {
                fields.add(HouseholdFields.MEMBER);
            }
        }
        return fields;
    }

    private static DenyReason notInForce(AgreementTerms terms, Instant now) {
        if (!terms.status().allowsFlow()) {
            return DenyReason.AGREEMENT_NOT_ACTIVE;
        }
        return terms.withinWindow(now) ? null : DenyReason.OUTSIDE_VALIDITY;
    }

    private static String notInForceDetail(AgreementTerms terms, Instant now) {
        return terms.status().allowsFlow()
                ? "agreement " + terms.agreementId() + " is valid " + terms.validFrom() + " .. " + terms.validUntil() + ", not at " + now
                : "agreement " + terms.agreementId() + " is " + terms.status();
    }

    private static String consentId(EffectiveConsent consent) {
        return consent.decisive().map(ConsentRecord::consentId).orElse("?");
    }
}
