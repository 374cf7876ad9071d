package id.bagipakai.policy;

/** The lawful grounds of UU 27/2022 Art. 20 on which an agreement rests. */
public enum LegalBasis {
    EXPLICIT_CONSENT,
    CONTRACT,
    LEGAL_OBLIGATION,
    VITAL_INTEREST,
    /** Public task, public service or exercise of official authority. */
    PUBLIC_TASK,
    LEGITIMATE_INTEREST
}
