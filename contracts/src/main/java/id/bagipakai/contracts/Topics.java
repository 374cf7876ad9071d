package id.bagipakai.contracts;

/** Kafka topic names: the only place they are spelled. Versioned so a breaking change gets a new topic. */
public final class Topics {

    /** Every household change, keyed by household id (ordered per household). */
    public static final String HOUSEHOLD_EVENTS = "bagipakai.registry.household-events.v1";

    /** Where a consumer parks a message it cannot process, so that it keeps running. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
