package id.bagipakai.eligibility;

import id.bagipakai.testsupport.TopicReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;


/** The events a test's reader saw for one household, by type. */
final class ResultEventsSeen {

    static List<GenericRecord> of(TopicReader reader, String householdId, String type) {
        return reader.poll().stream()
                .filter(r -> householdId.equals(r.key()))
                .map(ConsumerRecord::value)
                .map(GenericRecord.class::cast)
                .filter(e -> e.getSchema().getName().equals(type))
                .toList();
    }

    /** Waits for the {@code n}th event of that type for the household (1-based) and returns it. */
    static GenericRecord await(TopicReader reader, String householdId, String type, int n) {
        return org.awaitility.Awaitility.await(type + " #" + n + " of " + householdId).atMost(Duration.ofSeconds(60))
                .until(() -> of(reader, householdId, type), list -> list.size() >= n).get(n - 1);
    }

    static GenericRecord decision(GenericRecord eligibilityChanged, String programme) {
        @SuppressWarnings("unchecked")
        List<GenericRecord> decisions = (List<GenericRecord>) eligibilityChanged.get("decisions");
        return decisions.stream().filter(d -> programme.equals(String.valueOf(d.get("programme")))).findFirst()
                .orElseThrow(() -> new AssertionError("no decision for " + programme));
    }

    static List<String> strings(Object avroArray) {
        return ((List<?>) avroArray).stream().map(String::valueOf).toList();
    }

    private ResultEventsSeen() {
    }

}
