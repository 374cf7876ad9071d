package id.bagipakai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** CPU time and memory of local processes, from /proc (Linux). */
final class ProcessStats {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    /** User + system CPU seconds a process has used so far (all its threads). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds of every process whose command name is {@code name} (e.g. the postgres server's backends). */
    static double cpuSecondsOf(String name) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Long> pids = procs.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+"))
                    .map(Long::parseLong).filter(pid -> name.equals(comm(pid))).toList();
            return pids.stream().mapToDouble(ProcessStats::cpuSeconds).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Resident set size in MiB (VmRSS). */
    static double rssMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).orElse(0.0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private ProcessStats() {
    }
}
