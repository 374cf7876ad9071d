package id.bagipakai.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;


@ConfigMapping(prefix = "registry")
public interface RegistryConfig {

    /** Kafka bootstrap servers (host:port,…). */
    String kafkaBootstrapServers();

    /** Apicurio Registry REST v3 base, where event schemas are registered and looked up. */
    String apicurioUrl();

    Waves waves();

    interface Waves {
        /** Where uploads are spooled until their import completes; must survive a restart to resume. */
        String spoolDirectory();

        /** Households per transaction (and per resume checkpoint). */
        @WithDefault("500")
        int batchSize();
    }
}
