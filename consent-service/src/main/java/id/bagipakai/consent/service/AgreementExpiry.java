package id.bagipakai.consent.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Moves agreements past their end to EXPIRED (and takes their stream roles away) even if nobody reads them. */
@ApplicationScoped
public class AgreementExpiry {

    private static final Logger LOG = Logger.getLogger(AgreementExpiry.class);
    private static final int BATCH = 100;

    @Inject
    AgreementService agreements;

    @Scheduled(every = "${consent.expiry.check-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        for (UUID id : agreements.dueToExpire(BATCH)) {
            try {
                agreements.expireIfDue(id);
            } catch (RuntimeException e) {
                // e.g. Keycloak down: the agreement stays as it is and the next sweep tries again
                LOG.warnf(e, "Could not expire agreement %s", id);
            }
        }
    }
}
