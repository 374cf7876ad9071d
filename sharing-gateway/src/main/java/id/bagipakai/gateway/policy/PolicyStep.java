package id.bagipakai.gateway.policy;

/** One small rule of the enforcement chain. Pure: no I/O, unit-testable without Quarkus. */
@FunctionalInterface
public interface PolicyStep {

    Decision decide(DisclosureRequest request);
}
