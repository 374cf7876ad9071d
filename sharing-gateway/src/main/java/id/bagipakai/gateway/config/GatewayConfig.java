package id.bagipakai.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    String kafkaBootstrapServers();

    /** Apicurio Registry REST v3 base, to read the Avro events. */
    String apicurioUrl();

    /** Consumer group of the gateway on the topics it fans out. */
    @WithDefault("sharing-gateway")
    String consumerGroup();

    /** Where a consumer group without a committed position starts: earliest, or latest (tests of live streams). */
    @WithDefault("earliest")
    String newGroupStartsAt();

    /** Realm role every agency client carries; anyone else gets 403 on agency endpoints. */
    @WithDefault("agency")
    String agencyRole();

    /** How long a delivery waits for its releases to be recorded before it gives up sending them. */
    @WithDefault("10s")
    java.time.Duration disclosureWriteTimeout();

    /** registry-service base URL: agencies' findings go there, under the agency's own token. */
    java.net.URI registryUrl();

    /** Per-agency quotas; beyond them an agency gets 429 with Retry-After. */
    Quotas quotas();

    interface Quotas {
        /** Sustained requests per second on agency endpoints. */
        @WithDefault("20")
        double requestsPerSecond();

        /** Requests allowed at once before the rate applies. */
        @WithDefault("40")
        int burst();

        /** SSE streams one agency may hold open at once. */
        @WithDefault("5")
        int maxOpenStreams();

        /** Per agency (by its client id): what differs from the quotas above. */
        Map<String, AgencyQuota> agencies();
    }

    interface AgencyQuota {
        java.util.Optional<Double> requestsPerSecond();

        java.util.Optional<Integer> burst();

        java.util.Optional<Integer> maxOpenStreams();
    }

    /** Streams by name (e.g. {@code household-events}). */
    Map<String, Stream> streams();

    Pseudonyms pseudonyms();

    Webhooks webhooks();

    interface Pseudonyms {
        /**
         * Directory of the pseudonym keys, one file per version, apart from the data. Back it up:
         * a lost key turns every pseudonym an agency holds into a stranger.
         */
        Path keyDir();
    }

    interface Webhooks {
        /** Attempts at one record before it becomes a dead letter (the first attempt included). */
        @WithDefault("6")
        int maxAttempts();

        /** Back-off after the first failed attempt; it doubles with each further one, with jitter. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("60s")
        Duration maxBackoff();

        @WithDefault("5s")
        Duration connectTimeout();

        /** How long one POST may take, answer included; longer counts as a failed attempt. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** Attempts at an {@code agreement-stopped} notice: best effort, it is not dead-lettered. */
        @WithDefault("3")
        int noticeAttempts();

        /** Each webhook holds a reader of the topic and a thread: a bound per agency. */
        @WithDefault("10")
        int maxPerAgency();
    }

    interface Stream {
        /**
         * Role an agency's token must carry to receive the stream at all (consent-service grants
         * it while an agreement for the stream is active); the agreement itself is checked too.
         */
        String role();
    }
}
