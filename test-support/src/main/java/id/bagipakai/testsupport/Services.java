package id.bagipakai.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A set of the four packaged services as the launcher runs them ({@link Stack#all()}): where they
 * listen, what they name their topics and databases, and their processes (to kill one the hard
 * way in a crash test; {@link Stack#all()} again starts it afresh).
 */
public record Services(Target target, Map<String, String> env, Path runDir) {

    /** Base URL of a service (registry-service, sharing-gateway, …). */
    public String url(String service) {
        String key = "BAGIPAKAI_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
        String url = env.get(key);
        if (url == null) {
            throw new IllegalStateException("The launcher's stack.env has no " + key);
        }
        return url;
    }

    public String topic(String catalogueName) {
        return target.topic(catalogueName);
    }

    /** The JDBC URL of one of these services' databases ({@code registry}, …). */
    public String jdbcUrl(String database) {
        return Stack.infra().jdbcUrl(target.database(database));
    }

    /** The pid of a service the launcher started for this set, or of an infrastructure part. */
    public long pidOf(String service) {
        Path file = runDir.resolve(service + ".pid");
        if (!Files.exists(file)) { // an infrastructure part (kafka, …): the data dir's, shared by every set
            file = Stack.dataDir(Stack.repositoryRoot()).resolve("run").resolve(service + ".pid");
        }
        try {
            return Long.parseLong(Files.readString(file).strip().split("\\s+")[0]); // "pid start-time"
        } catch (IOException e) {
            throw new UncheckedIOException("No pid file for " + service + " (was it started by the launcher?)", e);
        }
    }

    /**
     * Kills a service of this set (SIGKILL, no shutdown) and waits until its process is gone, so
     * that a following {@link Stack#all()} starts it afresh instead of finding it still dying.
     */
    public void kill(String service) {
        long pid = pidOf(service);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (alive(pid)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service + " (pid " + pid + ") survived SIGKILL for 30 s");
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
}
