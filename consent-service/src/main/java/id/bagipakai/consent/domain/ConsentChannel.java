package id.bagipakai.consent.domain;

/** How a person gave their answer: the first part of its evidence. */
public enum ConsentChannel {
    /** A signed (or thumb-printed) paper form, collected by an officer or enumerator. */
    PAPER_FORM,
    /** Recorded on an officer's tablet during a visit. */
    IN_PERSON_DIGITAL,
    /** Said aloud before a witness (e.g. for people who cannot write), recorded by the officer. */
    ORAL_WITNESSED,
    PHONE,
    /** Through a case worker of an NGO or service centre that holds the person's file. */
    CASE_WORKER,
    /** A letter from the person or their guardian. */
    LETTER
}
