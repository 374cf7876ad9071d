package id.bagipakai.policy;

/**
 * Why nothing (of a household or of a member) flows. The codes go to the disclosure log; only
 * those {@link #visibleToAgency()} may be told to the agency, since the others would say
 * something about the person (that they refused, or that they are in a specific PPKS category).
 */
public enum DenyReason {
    AGREEMENT_NOT_ACTIVE(true),
    OUTSIDE_VALIDITY(true),
    EVENT_TYPE_NOT_COVERED(true),
    REGION_OUT_OF_SCOPE(true),
    NO_FIELDS_GRANTED(true),
    /** No member of the household may be shared, so neither may the household's own data. */
    NO_MEMBER_RELEASED(false),
    /** The agreement rests on consent and the member has not (validly) granted it. */
    CONSENT_MISSING(false),
    CONSENT_REFUSED(false),
    CONSENT_WITHDRAWN(false),
    /** The member objects to processing on the agreement's public-task or legitimate-interest basis. */
    OBJECTION(false),
    /** The agreement is scoped to PPKS categories the member is not in. */
    PPKS_OUT_OF_SCOPE(false),
    /** The member's only in-scope categories are specific data, and there is no explicit consent. */
    SPECIFIC_PPKS_WITHOUT_CONSENT(false);

    private final boolean visibleToAgency;

    DenyReason(boolean visibleToAgency) {
        this.visibleToAgency = visibleToAgency;
    }

    public boolean visibleToAgency() {
        return visibleToAgency;
    }
}
