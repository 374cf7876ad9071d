package id.bagipakai.commons.config;

import id.bagipakai.contracts.Namespace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The Kafka namespace of this deployment ({@link Namespace}), from {@code bagipakai.namespace}
 * (env {@code BAGIPAKAI_NAMESPACE}); unset for the running system, {@code test} for the tests.
 * It is one value for the whole stack, not a setting of one service, hence read once here.
 */
@ApplicationScoped
public class NamespaceProducer {

    @Produces
    @Singleton
    Namespace namespace(@ConfigProperty(name = "bagipakai.namespace") Optional<String> configured) {
        return Namespace.of(configured);
    }
}
