package id.bagipakai.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the policy state has caught up with the topics: before that, nothing is released. */
@Readiness
@ApplicationScoped
public class PolicyStateReadiness implements HealthCheck {

    @Inject
    PolicyTopicsConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("policy-state").status(consumer.isCaughtUp()).build();
    }
}
