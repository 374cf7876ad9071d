package id.bagipakai.testsupport;

import java.util.Locale;

/**
 * What a test (or a benchmark) talks to on the shared stack. Tests never touch the running
 * system's data: they have a Kafka namespace of their own (every topic and consumer group
 * prefixed {@code <namespace>.}, the services' {@code bagipakai.namespace}), databases of their own
 * ({@code <name>_<namespace>}) and a Keycloak realm of their own ({@code bagipakai-<namespace>},
 * made from the dev realm's file). The namespace is {@code test}, or {@code BAGIPAKAI_TEST_NAMESPACE}
 * so that two test runs can share one stack. The running system itself is the empty namespace with
 * the {@code bagipakai} realm (what the benchmarks measure).
 *
 * @param namespace the Kafka namespace; empty for the running system
 * @param realm     the Keycloak realm whose tokens the services accept
 */
public record Target(String namespace, String realm) {

    /** The realm of the running system (deploy/keycloak/bagipakai-realm.json). */
    public static final String SYSTEM_REALM = "bagipakai";

    public static Target runningSystem() {
        return new Target("", SYSTEM_REALM);
    }

    /** The module tests' target: namespace {@code test} unless BAGIPAKAI_TEST_NAMESPACE says otherwise. */
    public static Target tests() {
        String configured = System.getenv("BAGIPAKAI_TEST_NAMESPACE");
        String namespace = configured == null || configured.isBlank() ? "test"
                : configured.strip().toLowerCase(Locale.ROOT);
        if (!namespace.matches("[a-z0-9][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("BAGIPAKAI_TEST_NAMESPACE: a-z, 0-9 and '-' only: " + configured);
        }
        return new Target(namespace, SYSTEM_REALM + "-" + namespace);
    }

    /** Checks a namespace as the services do (contracts' Namespace). */
    public Target {
        if (!namespace.isEmpty() && !namespace.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("a namespace is a-z, 0-9 and '-': " + namespace);
        }
    }

    /**
     * The packaged services the end-to-end tests run: a namespace and databases apart from the
     * module tests' (whose services run in-process, with other consumer groups), the same realm.
     */
    public Target endToEnd() {
        return isRunningSystem() ? this : new Target(namespace + "-e2e", realm);
    }

    /**
     * A target of its own beside this one (namespace {@code <namespace>-<suffix>}, its own
     * databases, the same realm): for a test that runs more instances of a service and counts
     * what they do, apart from the module's other tests.
     */
    public Target derived(String suffix) {
        if (!suffix.matches("[a-z0-9-]{1,8}")) {
            throw new IllegalArgumentException("a short suffix of a-z, 0-9 and '-': " + suffix);
        }
        return new Target(isRunningSystem() ? suffix : namespace + "-" + suffix, realm);
    }

    public boolean isRunningSystem() {
        return namespace.isEmpty();
    }

    /** A catalogue topic name (id.bagipakai.contracts.Topics) in this namespace. */
    public String topic(String catalogueName) {
        return isRunningSystem() ? catalogueName : namespace + "." + catalogueName;
    }

    /** The dead-letter topic of a catalogue topic in this namespace. */
    public String deadLetterOf(String catalogueName) {
        return topic(catalogueName + ".dlq");
    }

    /** A service's database ({@code registry}, {@code gateway}, …) for this target. */
    public String database(String name) {
        return isRunningSystem() ? name : name + "_" + namespace.replace('-', '_');
    }
}
