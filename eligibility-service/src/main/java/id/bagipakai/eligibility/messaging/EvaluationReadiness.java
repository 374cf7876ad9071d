package id.bagipakai.eligibility.messaging;

import id.bagipakai.eligibility.service.EvaluationRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a replay runs or before the household topic is read live: results would lag. */
@Readiness
@ApplicationScoped
public class EvaluationReadiness implements HealthCheck {

    @Inject
    EvaluationRuns runs;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("evaluation-live").status(runs.isLive()).build();
    }
}
