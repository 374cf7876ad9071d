package id.bagipakai.contracts;

/** Kafka topic names: the only place they are spelled. Versioned so a breaking change gets a new topic. */
public final class Topics {

    /** Every household change, keyed by household id (ordered per household). */
    public static final String HOUSEHOLD_EVENTS = "bagipakai.registry.household-events.v1";

    /**
     * Every agreement's latest state, keyed by agreement id; compacted, so reading it from the
     * start rebuilds every agreement.
     */
    public static final String AGREEMENTS = "bagipakai.consent.agreements.v1";

    /** Every member's whole consent ledger, keyed by member id; compacted like {@link #AGREEMENTS}. */
    public static final String MEMBER_CONSENTS = "bagipakai.consent.member-consents.v1";

    /**
     * Every change in substance of a household's welfare score, desil or programme eligibility
     * (WelfareRankChanged, EligibilityChanged), keyed by household id. Agencies receive it only
     * through the gateway's {@code eligibility} stream.
     */
    public static final String ELIGIBILITY_RESULTS = "bagipakai.eligibility.household-results.v1";

    /** Objections (sanggahan) to eligibility decisions and their outcomes, keyed by household id. */
    public static final String OBJECTIONS = "bagipakai.eligibility.objections.v1";

    /** Where a consumer parks a message it cannot process, so that it keeps running. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
