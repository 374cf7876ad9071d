package id.bagipakai.policy;

/** The lawful grounds of UU 27/2022 Art. 20 on which an agreement rests. */
public enum LegalBasis {
    EXPLICIT_CONSENT,
    CONTRACT,
    LEGAL_OBLIGATION,
    VITAL_INTEREST,
    /** Public task, public service or exercise of official authority. */
    PUBLIC_TASK,
    LEGITIMATE_INTEREST;

    /** Whether data flows under this basis only for people who granted consent. */
    public boolean requiresConsent() {
        return this == EXPLICIT_CONSENT;
    }

    /** Whether a person's objection stops processing on this basis (public task, legitimate interest). */
    public boolean yieldsToObjection() {
        return this == PUBLIC_TASK || this == LEGITIMATE_INTEREST;
    }
}
