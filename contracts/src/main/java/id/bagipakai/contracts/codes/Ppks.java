package id.bagipakai.contracts.codes;

/**
 * The 26 PPKS categories (Pemerlu Pelayanan Kesejahteraan Sosial, Permensos 8/2012), in their
 * official order. {@link #specific()} marks specific personal data under UU 27/2022 (health,
 * criminal, sexual or victim status): it leaves the registry only with explicit consent.
 */
public enum Ppks {
    NEGLECTED_TODDLER(1, false),
    NEGLECTED_CHILD(2, false),
    CHILD_IN_CONFLICT_WITH_LAW(3, true),
    STREET_CHILD(4, false),
    CHILD_WITH_DISABILITY(5, true),
    CHILD_VICTIM_OF_VIOLENCE(6, true),
    CHILD_NEEDING_SPECIAL_PROTECTION(7, true),
    NEGLECTED_ELDERLY(8, false),
    PERSON_WITH_DISABILITY(9, true),
    SEX_WORKER(10, true),
    HOMELESS(11, false),
    BEGGAR(12, false),
    SCAVENGER(13, false),
    MINORITY_GROUP(14, false),
    FORMER_PRISON_INMATE(15, true),
    PERSON_LIVING_WITH_HIV(16, true),
    VICTIM_OF_DRUG_ABUSE(17, true),
    VICTIM_OF_TRAFFICKING(18, true),
    VICTIM_OF_VIOLENCE(19, true),
    TROUBLED_MIGRANT_WORKER(20, false),
    VICTIM_OF_NATURAL_DISASTER(21, false),
    VICTIM_OF_SOCIAL_DISASTER(22, false),
    VULNERABLE_WOMAN(23, false),
    DESTITUTE(24, false),
    FAMILY_WITH_SOCIAL_PSYCHOLOGICAL_PROBLEMS(25, false),
    REMOTE_ADAT_COMMUNITY(26, false);

    private final int number;
    private final boolean specific;

    Ppks(int number, boolean specific) {
        this.number = number;
        this.specific = specific;
    }

    /** The category's number in Permensos 8/2012. */
    public int number() {
        return number;
    }

    public boolean specific() {
        return specific;
    }
}
