package id.bagipakai.gateway.pseudonym;

import id.bagipakai.gateway.config.GatewayConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The gateway's key ring from {@code gateway.pseudonyms.key-dir}, opened at start: a key that
 * cannot be read stops the gateway, not an agency's stream halfway.
 */
@Singleton
public class KeyRingProducer {

    private static final Logger LOG = Logger.getLogger(KeyRingProducer.class);

    @Produces
    @Singleton
    @Startup
    KeyRing keyRing(GatewayConfig config) {
        KeyRing ring = new KeyRing(config.pseudonyms().keyDir());
        LOG.infof("Pseudonym keys in %s: versions %s, current v%d", ring.dir(), ring.versions(), ring.current().version());
        return ring;
    }

    @Produces
    @Singleton
    Pseudonymiser pseudonymiser(KeyRing keys) {
        return new Pseudonymiser(keys);
    }
}
