package id.bagipakai.contracts;

import java.time.Duration;
import java.util.Optional;

/**
 * How one topic of the catalogue ({@link Topics}) is made: partitions, whether it is compacted
 * (a reader from the start gets every key's latest record), and how long records are kept
 * (empty: for ever, the broker's setting does not apply). The name is the catalogue name; a
 * deployment's {@link Namespace} prefixes it.
 */
public record TopicSpec(String name, int partitions, boolean compacted, Optional<Duration> retention,
                        String description) {

    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions of " + name + ": " + partitions);
        }
    }

    /** This topic's dead-letter topic: where a consumer parks what it cannot read; few records, kept 30 days. */
    public TopicSpec deadLetters() {
        return new TopicSpec(Topics.deadLetterOf(name), 1, false, Optional.of(Duration.ofDays(30)),
                "records of " + name + " a consumer could not process");
    }
}
