package id.bagipakai.consent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "consent")
public interface ConsentConfig {

    Keycloak keycloak();

    Expiry expiry();

    String kafkaBootstrapServers();

    /** Apicurio Registry REST v3 base: our events are Avro registered there. */
    String apicurioUrl();

    /** sharing-gateway base URL: the person's view reads its disclosure log. */
    java.net.URI gatewayUrl();

    Members members();


    /** The member directory this service keeps from the registry's household events. */
    interface Members {
        /** Consumer group on the household topic. */
        @WithDefault("consent-service-members")
        String consumerGroup();

        /** Where a group without a committed position starts; earliest rebuilds the whole directory. */
        @WithDefault("earliest")
        String newGroupStartsAt();
    }

    interface Keycloak {
        /** The realm's base URL, {@code <server>/realms/<realm>}: agencies become clients of this realm. */
        String realmUrl();

        /** The confidential client this service logs in as (it holds the realm-management roles). */
        @WithDefault("consent-service")
        String clientId();

        /**
         * Its secret. Optional so that the service still starts (and serves reads) where none is
         * set; provisioning then answers 503 instead of the service refusing to start.
         */
        Optional<String> clientSecret();

        /** The realm role every agency's service account carries. */
        @WithDefault("agency")
        String agencyRole();

        /** Realm roles granted per stream are this prefix plus the stream name. */
        @WithDefault("stream:")
        String streamRolePrefix();
    }

    interface Expiry {
        /** How often agreements past their end are moved to EXPIRED (reads also check). */
        @WithDefault("30s")
        Duration checkInterval();
    }
}
