package id.bagipakai.bench;

/** Entry point: {@code -Dbench=waves} runs {@link WaveBenchmark}, {@code -Dbench=ranking} {@link RankingBenchmark},
 * {@code -Dbench=gateway} {@link GatewayBenchmark}, {@code -Dbench=eligibility} {@link EligibilityBenchmark}. */
public final class Bench {

    public static void main(String[] args) throws Exception {
        String which = System.getProperty("bench", "waves");
        // Benchmarks measure the running system (deploy/bagipakai up), not the tests' namespace; or,
        // with BAGIPAKAI_NAMESPACE set, a namespaced set of the services (e.g. a branch's build).
        String namespace = System.getenv("BAGIPAKAI_NAMESPACE");
        if (namespace == null || namespace.isBlank()) {
            id.bagipakai.testsupport.Stack.useRunningSystem();
        } else {
            id.bagipakai.testsupport.Stack.useNamespace(namespace.strip());
        }
        switch (which) {
            case "waves" -> WaveBenchmark.main(args);
            case "ranking" -> RankingBenchmark.main(args);
            case "gateway" -> GatewayBenchmark.main(args);
            case "eligibility" -> EligibilityBenchmark.main(args);
            default -> throw new IllegalArgumentException("Unknown benchmark " + which + " (known: waves, ranking, gateway, eligibility)");
        }
    }

    private Bench() {
    }
}
