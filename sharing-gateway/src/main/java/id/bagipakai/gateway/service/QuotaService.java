package id.bagipakai.gateway.service;

import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.gateway.domain.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Per-agency quotas: a request rate (token bucket) and a number of streams open at once. */
@ApplicationScoped
public class QuotaService {

    @Inject
    GatewayConfig config;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> openStreams = new ConcurrentHashMap<>();

    /** 0 when the request may go on; else nanoseconds until the agency may ask again. */
    public long takeRequest(String agency) {
        long now = System.nanoTime();
        return buckets.computeIfAbsent(agency, a -> new TokenBucket(
                own(a).flatMap(GatewayConfig.AgencyQuota::requestsPerSecond).orElse(config.quotas().requestsPerSecond()),
                own(a).flatMap(GatewayConfig.AgencyQuota::burst).orElse(config.quotas().burst()), now)).take(now);
    }

    private java.util.Optional<GatewayConfig.AgencyQuota> own(String agency) {
        return java.util.Optional.ofNullable(config.quotas().agencies().get(agency));
    }

    /** Counts a stream as open if the agency has room for one more; run the returned action when it closes. */
    public Runnable openStream(String agency) {
        AtomicInteger open = openStreams.computeIfAbsent(agency, a -> new AtomicInteger());
        int max = own(agency).flatMap(GatewayConfig.AgencyQuota::maxOpenStreams).orElse(config.quotas().maxOpenStreams());
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            return null;
        }
        return open::decrementAndGet;
    }
}
