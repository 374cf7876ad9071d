package id.bagipakai.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the household topic is assigned: before that, a new stream would miss events. */
@Readiness
@ApplicationScoped
public class HouseholdTopicReadiness implements HealthCheck {

    @Inject
    HouseholdTopicConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("household-topic").status(consumer.isAssigned()).build();
    }
}
