package id.bagipakai.eligibility.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "eligibility")
public interface EligibilityConfig {

    String kafkaBootstrapServers();

    /** Apicurio Registry REST v3 base: household events and our results are Avro registered there. */
    String apicurioUrl();

    /**
     * The PMT model ({@code models/pmt-<version>.json}) results are computed with. When the stored
     * results were computed with another, a start replays the household topic and publishes what changed.
     */
    @WithDefault("2026.1")
    String modelVersion();

    /** The programme rule set ({@code programmes/programmes-<version>.json}); as {@link #modelVersion()}. */
    @WithDefault("2026.1")
    String rulesVersion();

    Households households();

    interface Households {
        /** Consumer group of the live reading of the household topic. */
        @WithDefault("eligibility-service")
        String consumerGroup();

        /** Where a group without a committed position starts; a replay reads everything anyway. */
        @WithDefault("earliest")
        String newGroupStartsAt();

        /** Households per database transaction when a replay or a full recompute writes results. */
        @WithDefault("500")
        int batchSize();
    }

}
