package id.bagipakai.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "registry")
public interface RegistryConfig {

    /** Kafka bootstrap servers (host:port,…). */
    String kafkaBootstrapServers();

    /** Apicurio Registry REST v3 base, where event schemas are registered and looked up. */
    String apicurioUrl();

    Outbox outbox();

    HouseholdTopic householdTopic();

    Waves waves();

    interface Outbox {
        /** How often the relay sweeps for rows a commit notification did not cover (e.g. after a crash). */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();
    }

    interface Waves {
        /** Where uploads are spooled until their import completes; must survive a restart to resume. */
        String spoolDirectory();

        /** Households per transaction (and per resume checkpoint). */
        @WithDefault("500")
        int batchSize();
    }

    interface HouseholdTopic {
        /** Partitions when the topic is created; household id is the key, so order holds per household. */
        @WithDefault("3")
        int partitions();
    }
}
