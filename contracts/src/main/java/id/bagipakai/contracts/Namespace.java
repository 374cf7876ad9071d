package id.bagipakai.contracts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where one deployment's topics and consumer groups live on a shared Kafka cluster. The default
 * (empty) namespace uses the catalogue's names as they are ({@link Topics}); any other prefixes
 * every topic and every consumer group with {@code <namespace>.}, so that a test run (namespace
 * {@code test}) next to a running system never reads, writes or joins anything of it, and the
 * system never sees the tests' events. Dead-letter topics follow their topic.
 */
public record Namespace(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** The running system's namespace: names as the catalogue spells them. */
    public static final Namespace NONE = new Namespace("");

    public Namespace {
        if (value == null) {
            value = "";
        }
        if (!value.isEmpty() && !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("A namespace is 1-40 of a-z, 0-9 and '-', starting with a letter "
                    + "or digit: '" + value + "'");
        }
    }

    public static Namespace of(Optional<String> configured) {
        return configured.map(String::strip).filter(v -> !v.isEmpty()).map(Namespace::new).orElse(NONE);
    }

    public boolean isNone() {
        return value.isEmpty();
    }

    /** The name of a catalogue topic ({@link Topics}) in this namespace. */
    public String topic(String catalogueName) {
        return prefixed(catalogueName);
    }

    /** The dead-letter topic of a catalogue topic in this namespace. */
    public String deadLetterOf(String catalogueName) {
        return prefixed(Topics.deadLetterOf(catalogueName));
    }

    /** A consumer group (or another Kafka client-side name) in this namespace. */
    public String group(String name) {
        return prefixed(name);
    }

    /** The catalogue name of a topic of this namespace (the inverse of {@link #topic}). */
    public String catalogueName(String topic) {
        if (isNone()) {
            return topic;
        }
        String prefix = value + ".";
        if (!topic.startsWith(prefix)) {
            throw new IllegalArgumentException("topic " + topic + " is not in namespace " + value);
        }
        return topic.substring(prefix.length());
    }

    private String prefixed(String name) {
        return isNone() ? name : value + "." + name;
    }

    @Override
    public String toString() {
        return isNone() ? "(none)" : value;
    }
}
