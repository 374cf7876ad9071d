package id.bagipakai.consent.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the household topic is assigned: until then the member directory does not follow the registry. */
@Readiness
@ApplicationScoped
public class HouseholdEventsReadiness implements HealthCheck {

    @Inject
    HouseholdEventsConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("household-topic").status(consumer.isAssigned()).build();
    }
}
