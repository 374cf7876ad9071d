package id.bagipakai.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real local stack for tests: PostgreSQL, Kafka, Keycloak and Apicurio as started by
 * {@code deploy/bagipakai}. The first call in a JVM runs {@code bagipakai up infra} in the tests'
 * namespace, which reuses whatever already runs and starts the rest, and never touches the
 * running system's services, data or recorded scope. Tests see the stack through their
 * {@link Target}: their own topics, consumer groups, databases and realm.
 */
public final class Stack {

    private static Target target = Target.tests();
    /** Whether the services run in the target's own namespace (a benchmark's set), not its end-to-end one. */
    private static boolean servicesInTarget;
    private static StackEndpoints endpoints;
    private static Services services;

    /**
     * Benchmarks measure the running system itself (no namespace, the dev realm), not the tests'
     * copy of it. Call before anything else.
     */
    public static synchronized void useRunningSystem() {
        target = Target.runningSystem();
        servicesInTarget = true;
        endpoints = null;
        services = null;
    }

    /**
     * Benchmarks of a namespaced set of the services (deploy/bagipakai with BAGIPAKAI_NAMESPACE:
     * e.g. a branch's build beside the running system), with the dev realm: {@link #all()} brings up
     * that set, on BAGIPAKAI_SERVICE_PORT_BASE.
     */
    public static synchronized void useNamespace(String namespace) {
        target = new Target(namespace, Target.SYSTEM_REALM);
        servicesInTarget = true;
        endpoints = null;
        services = null;
    }

    public static synchronized Target target() {
        return target;
    }

    /** Brings the infrastructure up (or finds it up) and returns where it listens. */
    public static synchronized StackEndpoints infra() {
        if (endpoints == null) {
            Path repo = repositoryRoot();
            Map<String, String> env = new HashMap<>();
            if (!target.isRunningSystem()) {
                env.put("BAGIPAKAI_NAMESPACE", target.namespace());
            }
            Path stackEnv = run(List.of(repo.resolve("deploy/bagipakai").toString(), "up", "infra"), repo, env,
                    target.isRunningSystem() ? dataDir(repo).resolve("stack.env")
                            : namespaceDir(repo, target.namespace()).resolve("stack.env"));
            endpoints = StackEndpoints.from(readEnv(stackEnv), target.realm());
            if (!target.isRunningSystem()) {
                TestRealm.ensure(endpoints.keycloakUrl(), target.realm(),
                        repo.resolve("deploy/keycloak/bagipakai-realm.json"));
            }
        }
        return endpoints;
    }

    /** A catalogue topic (id.bagipakai.contracts.Topics) as the tests' services name it. */
    public static String topic(String catalogueName) {
        return target().topic(catalogueName);
    }

    /** The dead-letter topic of a catalogue topic, in the tests' namespace. */
    public static String deadLetterOf(String catalogueName) {
        return target().deadLetterOf(catalogueName);
    }

    /** The JDBC URL of a service's database ({@code gateway}, …) in the tests' target, created if missing. */
    public static String jdbcUrl(String database) {
        String name = target().database(database);
        ensureDatabase(name);
        return infra().jdbcUrl(name);
    }

    /** The Keycloak realm of the tests. */
    public static String realm() {
        return target().realm();
    }

    /**
     * The four packaged services, run by the launcher for the end-to-end tests as a set of their
     * own ({@link Target#endToEnd()}: own namespace, databases and ports; the running system's
     * services are never restarted or killed). Started once per JVM and stopped when it exits.
     * For {@link #useRunningSystem()} (benchmarks), the running system's services.
     */
    public static synchronized Services all() {
        infra();
        Path repo = repositoryRoot();
        Target services = servicesInTarget ? target : target.endToEnd();
        Map<String, String> env = new HashMap<>();
        Path stackEnv;
        if (services.isRunningSystem()) {
            stackEnv = dataDir(repo).resolve("stack.env");
        } else {
            env.put("BAGIPAKAI_NAMESPACE", services.namespace());
            env.put("BAGIPAKAI_KEYCLOAK_REALM", services.realm());
            env.put("BAGIPAKAI_SERVICE_PORT_BASE", servicesInTarget
                    ? System.getenv().getOrDefault("BAGIPAKAI_SERVICE_PORT_BASE", "18080")
                    : System.getenv().getOrDefault("BAGIPAKAI_E2E_PORT_BASE", "18080"));
            stackEnv = namespaceDir(repo, services.namespace()).resolve("stack.env");
        }
        List<String> up = List.of(repo.resolve("deploy/bagipakai").toString(), "up", "all");
        Map<String, String> lines = readEnv(run(up, repo, env, stackEnv));
        if (Stack.services == null && !services.isRunningSystem() && !servicesInTarget) {
            List<String> down = List.of(repo.resolve("deploy/bagipakai").toString(), "down");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(down, repo, env, null);
                } catch (RuntimeException e) {
                    System.err.println("Could not stop the end-to-end services: " + e.getMessage());
                }
            }, "stop-e2e-services"));
        }
        Stack.services = new Services(services, lines,
                services.isRunningSystem() ? dataDir(repo).resolve("run") : namespaceDir(repo, services.namespace()).resolve("run"));
        return Stack.services;
    }

    /** Creates a database on the stack's PostgreSQL server if it does not exist yet. */
    public static void ensureDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name " + name);
        }
        StackEndpoints stack = infra();
        try (var connection = DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.postgresUser(), "");
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another JVM
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    public static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isExecutable(p.resolve("deploy/bagipakai"))) {
                return p;
            }
        }
        throw new IllegalStateException("No deploy/bagipakai above " + dir);
    }

    static Path dataDir(Path repo) {
        String configured = System.getenv("BAGIPAKAI_DATA");
        return configured == null || configured.isBlank() ? repo.resolve(".bagipakai") : Path.of(configured);
    }

    private static Path namespaceDir(Path repo, String namespace) {
        return dataDir(repo).resolve("namespaces").resolve(namespace);
    }

    /**
     * Runs the launcher; its output goes to a file under target/ (the console stays readable), and
     * a failure throws with the output's last lines, so the cause shows where the test failed.
     * Returns {@code result} (the stack.env the launcher wrote).
     */
    private static Path run(List<String> command, Path repo, Map<String, String> env, Path result) {
        Path log = Path.of("target", "bagipakai-launcher.log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Files.writeString(log, "### " + String.join(" ", command) + " " + env + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroy();
                throw new IllegalStateException(String.join(" ", command) + " " + env + " failed; its last lines ("
                        + log + "):\n" + tail(log, 30));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file, int lines) throws IOException {
        Deque<String> last = new ArrayDeque<>();
        for (String line : Files.readAllLines(file)) {
            if (last.size() == lines) {
                last.removeFirst();
            }
            last.addLast(line);
        }
        return String.join("\n", last);
    }

    static Map<String, String> readEnv(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                    .map(l -> l.startsWith("export ") ? l.substring(7) : l)
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')),
                            l -> unquote(l.substring(l.indexOf('=') + 1)), (a, b) -> b));
        } catch (IOException e) {
            throw new UncheckedIOException("The launcher did not write " + file, e);
        }
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                ? v.substring(1, v.length() - 1) : v;
    }

    private Stack() {
    }
}
