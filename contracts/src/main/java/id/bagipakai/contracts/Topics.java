package id.bagipakai.contracts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topic catalogue: the only place topic names are spelled and topics are described
 * (partitions, compaction, retention; {@link TopicSpec}). Every service creates the topics it
 * uses from here ({@code commons}' {@code KafkaTopics.ensure}). Names are versioned so that a
 * breaking change gets a new topic; a deployment's {@link Namespace} prefixes them.
 */
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

    private static final Map<String, TopicSpec> SPECS = new LinkedHashMap<>();

    static {
        // Change streams keep 7 days (a consumer that was away longer rebuilds from its own store or
        // a replay); the policy topics are compacted state and kept for ever.
        add(new TopicSpec(HOUSEHOLD_EVENTS, 3, false, Optional.of(Duration.ofDays(7)),
                "the registry's household events, the household's whole state in each"));
        add(new TopicSpec(AGREEMENTS, 3, true, Optional.empty(), "agreements (PKS), whole state per agreement"));
        add(new TopicSpec(MEMBER_CONSENTS, 3, true, Optional.empty(), "people's consent ledgers, whole per member"));
        add(new TopicSpec(ELIGIBILITY_RESULTS, 3, false, Optional.of(Duration.ofDays(7)),
                "eligibility results: welfare rank and programme eligibility changes"));
        add(new TopicSpec(OBJECTIONS, 3, false, Optional.of(Duration.ofDays(7)),
                "objections to eligibility decisions and their outcomes"));
    }

    private static void add(TopicSpec spec) {
        SPECS.put(spec.name(), spec);
        SPECS.put(spec.deadLetters().name(), spec.deadLetters());
    }

    /** Every topic of the catalogue, dead-letter topics included. */
    public static List<TopicSpec> all() {
        return List.copyOf(SPECS.values());
    }

    /** @throws IllegalArgumentException for a name that is not in the catalogue */
    public static TopicSpec spec(String name) {
        TopicSpec spec = SPECS.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("not a catalogued topic: " + name);
        }
        return spec;
    }

    /** Where a consumer parks a message it cannot process, so that it keeps running. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
