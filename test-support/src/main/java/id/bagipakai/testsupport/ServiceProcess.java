package id.bagipakai.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One more instance of a packaged service (its {@code target/quarkus-app}, as the build made it),
 * run as its own process on a free port against the shared stack, for tests that need a service
 * more than once (two instances of the same service, one of them killed). Each instance runs from
 * a copy of the build output, logs to {@code target/instances/<service>-<port>.log}, and is
 * stopped by {@link #close()} (SIGTERM) or {@link #kill()} (SIGKILL, as a crash).
 *
 * <p>The instance runs in a {@link Target}'s namespace, databases and realm: give a test its own
 * (e.g. {@code Stack.target().derived("multi")}) when it counts what the instances publish.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String service;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts an instance and waits until it is ready ({@code /q/health/ready}).
     *
     * @param service  the module, e.g. {@code registry-service}
     * @param database the service's database name ({@code registry}, …), made for the target if missing
     * @param extraEnv more settings (environment variables), e.g. a shorter poll interval
     */
    public static ServiceProcess start(String service, String database, Target target, Map<String, String> extraEnv) {
        StackEndpoints stack = Stack.infra();
        Path repo = Stack.repositoryRoot();
        Path build = repo.resolve(service).resolve("target/quarkus-app");
        if (!Files.isRegularFile(build.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(build + " has no quarkus-run.jar: package the service first");
        }
        int port = freePort();
        Path home = repo.resolve(service).resolve("target/instances").resolve(service + "-" + port);
        Path log = home.getParent().resolve(service + "-" + port + ".log");
        copy(build, home.resolve("app"));
        String db = target.database(database);
        Stack.ensureDatabase(db);

        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
        env.put("BAGIPAKAI_POSTGRES_HOST", stack.postgresHost());
        env.put("BAGIPAKAI_POSTGRES_PORT", Integer.toString(stack.postgresPort()));
        env.put("BAGIPAKAI_POSTGRES_USER", stack.postgresUser());
        env.put("BAGIPAKAI_KEYCLOAK_URL", stack.keycloakUrl());
        env.put("BAGIPAKAI_APICURIO_URL", stack.apicurioUrl());
        env.put("BAGIPAKAI_NAMESPACE", target.namespace());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl(db));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", stack.keycloakUrl() + "/realms/" + target.realm());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("CONSENT_KEYCLOAK_CLIENT_SECRET", "consent-service-dev-secret");
        env.put("REGISTRY_WAVES_SPOOL_DIRECTORY", home.resolve("waves").toString());
        env.put("BAGIPAKAI_GATEWAY_KEY_DIR", home.resolve("keys").toString());
        env.putAll(extraEnv);

        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", home.resolve("app/quarkus-run.jar").toString())
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            ServiceProcess instance = new ServiceProcess(service, port, builder.start(), log);
            instance.awaitReady(Duration.ofSeconds(120));
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no last commit, as a crash. Returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM, as an orderly stop. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(30))) {
                kill();
            }
        }
    }

    private boolean waitFor(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " on port " + port + " exited before it was ready; last lines of "
                        + log + ":\n" + tail(30));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200); // polling a process that is starting, not waiting for a test condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException(service + " on port " + port + " was not ready after " + limit + "; last lines of "
                + log + ":\n" + tail(30));
    }

    private String tail(int lines) {
        try {
            Deque<String> last = new ArrayDeque<>();
            for (String line : Files.readAllLines(log)) {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            }
            return String.join("\n", last);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
