package id.bagipakai.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real local stack for tests: PostgreSQL, Kafka, Keycloak and Apicurio as started by
 * {@code deploy/bagipakai}. The first call in a JVM runs {@code bagipakai up infra}, which reuses
 * whatever already runs and starts the rest, so a build starts the stack at most once.
 */
public final class Stack {

    private static StackEndpoints endpoints;
    private static Map<String, String> env = Map.of();

    /** Brings the infrastructure up (or finds it up) and returns where it listens. */
    public static synchronized StackEndpoints infra() {
        if (endpoints == null) {
            Path repo = repositoryRoot();
            run(List.of(repo.resolve("deploy/bagipakai").toString(), "up", "infra"), repo);
            env = readEnv(dataDir(repo).resolve("stack.env"));
            endpoints = StackEndpoints.from(env);
        }
        return endpoints;
    }

    /** Brings the whole system up: the infrastructure and the four packaged services. */
    public static synchronized StackEndpoints all() {
        Path repo = repositoryRoot();
        run(List.of(repo.resolve("deploy/bagipakai").toString(), "up", "all"), repo);
        env = readEnv(dataDir(repo).resolve("stack.env"));
        endpoints = StackEndpoints.from(env);
        return endpoints;
    }

    /** Base URL of a service as the launcher runs it (registry-service, sharing-gateway, …). */
    public static synchronized String serviceUrl(String service) {
        String key = "BAGIPAKAI_" + service.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
        String url = env.get(key);
        if (url == null) {
            throw new IllegalStateException("stack.env has no " + key + ": call Stack.all() first");
        }
        return url;
    }

    /** The pid of a part the launcher started (e.g. registry-service), to stop it the hard way in a test. */
    public static long pidOf(String part) {
        Path file = dataDir(repositoryRoot()).resolve("run").resolve(part + ".pid");
        try {
            return Long.parseLong(Files.readString(file).strip().split("\\s+")[0]); // "pid start-time"
        } catch (IOException e) {
            throw new UncheckedIOException("No pid file for " + part + " (was it started by this launcher?)", e);
        }
    }

    /**
     * Kills a part the hard way (SIGKILL, no shutdown) and waits until its process is gone, so that
     * a following {@link #all()} starts it afresh instead of finding it still dying.
     */
    public static void kill(String part) {
        long pid = pidOf(part);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (alive(pid)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(part + " (pid " + pid + ") survived SIGKILL for 30 s");
            }
            try {
                Thread.sleep(20); // polling a process table, not waiting for a test condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Alive and not a zombie (a killed process stays in the table until its parent reaps it). */
    private static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
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

    /**
     * Runs the launcher and relays its output through System.out line by line: a forked test
     * JVM must not let a child write to its native stdout (the build tool reads that channel).
     */
    private static void run(List<String> command, Path dir) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            try (var output = process.inputReader()) {
                output.lines().forEach(line -> System.out.println("[stack] " + line));
            }
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroy();
                throw new IllegalStateException(String.join(" ", command) + " failed; see its output above");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readEnv(Path file) {
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
