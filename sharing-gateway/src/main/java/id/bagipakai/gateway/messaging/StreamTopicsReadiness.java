package id.bagipakai.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the streams' topics are assigned: before that, a new stream would miss events. */
@Readiness
@ApplicationScoped
public class StreamTopicsReadiness implements HealthCheck {

    @Inject
    StreamTopicsConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("stream-topics").status(consumer.isAssigned()).build();
    }
}
