package id.bagipakai.gateway.service;

import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.gateway.policy.Decision;
import id.bagipakai.gateway.policy.DisclosureRequest;
import id.bagipakai.gateway.policy.FieldMinimisationStep;
import id.bagipakai.gateway.policy.PolicyChain;
import id.bagipakai.gateway.policy.StreamGrantStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the policy chain from configuration and decides each record for each agency. */
@ApplicationScoped
public class EnforcementService {

    private static final Logger LOG = Logger.getLogger(EnforcementService.class);

    private final PolicyChain chain;

    @Inject
    public EnforcementService(GatewayConfig config) {
        Map<String, String> roles = config.streams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().role()));
        Map<String, Set<String>> fields = config.streams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new LinkedHashSet<>(e.getValue().fields())));
        this.chain = new PolicyChain(List.of(new StreamGrantStep(roles), new FieldMinimisationStep(fields)));
    }

    public Decision decide(String agency, Set<String> roles, FeedEvent event) {
        Decision decision = chain.decide(new DisclosureRequest(agency, roles, event.stream(), event.record()));
        if (decision instanceof Decision.Deny deny) {
            LOG.debugf("Withheld %s %s from %s: %s", event.type(), event.id(), agency, deny.reason());
        }
        return decision;
    }
}
