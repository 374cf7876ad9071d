package id.bagipakai.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A service's outbox settings ({@code bagipakai.outbox.*} in its application.properties): the
 * mechanism is {@code commons}', the settings are the service's.
 */
@ConfigMapping(prefix = "bagipakai.outbox")
public interface OutboxConfig {

    /**
     * Build time: whether this service has an outbox (table and relay). Without it no relay runs.
     */
    @WithDefault("false")
    boolean enabled();

    /** The catalogue topics the relay publishes to; created at start if missing. */
    Optional<List<String>> topics();

    /** Rows per relay transaction (one Kafka batch, one DELETE). */
    @WithDefault("500")
    int batchSize();

    /** How often the relay sweeps for rows a commit notification did not cover (e.g. after a crash). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * The advisory-lock key that lets one relay of this service's database publish at a time,
     * across instances; by default derived from the application's name.
     */
    Optional<Long> lockId();
}
