package id.bagipakai.consent.service;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.consent.config.ConsentConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleMappingResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Agencies as Keycloak clients, through the Keycloak admin client: a confidential client that can
 * only use client credentials, whose service account carries the agency role and one realm role
 * per stream its active agreements open. The admin session is opened on first use, so the service
 * starts (and serves reads) while Keycloak is down or no secret is configured.
 */
@ApplicationScoped
public class KeycloakAgencies {

    private static final Logger LOG = Logger.getLogger(KeycloakAgencies.class);

    @Inject
    ConsentConfig config;

    private volatile Keycloak keycloak;

    /** Creates the client and gives its service account the agency role; returns Keycloak's internal id. */
    public String createClient(String clientId, String name, String description) {
        return call("create client " + clientId, () -> {
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setName(name);
            client.setDescription(description);
            client.setProtocol("openid-connect");
            client.setEnabled(true);
            client.setPublicClient(false);
            client.setClientAuthenticatorType("client-secret");
            client.setServiceAccountsEnabled(true); // client credentials, the only way in
            client.setStandardFlowEnabled(false);
            client.setImplicitFlowEnabled(false);
            client.setDirectAccessGrantsEnabled(false);
            client.setAttributes(Map.of("managed-by", "consent-service"));
            String id;
            try (Response created = realm().clients().create(client)) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new ConflictException("Keycloak already has a client " + clientId,
                            List.of(new FieldError("/clientId", "is taken in Keycloak")), null);
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            try {
                roles(id).realmLevel().add(List.of(role(config.keycloak().agencyRole(), false)));
            } catch (RuntimeException e) {
                deleteQuietly(id); // no half-made agency left behind
                throw e;
            }
            return id;
        });
    }

    /** The client's current secret (Keycloak generated one when it created the client). */
    public String secret(String internalId) {
        return call("read a client secret", () -> client(internalId).getSecret().getValue());
    }

    /** A new secret; the previous one stops working at once. */
    public String rotateSecret(String internalId) {
        return call("rotate a client secret", () -> client(internalId).generateNewSecret().getValue());
    }

    /** A disabled client gets no token (tokens it already holds live until they expire). */
    public void setEnabled(String internalId, boolean enabled) {
        call("enable or disable a client", () -> {
            ClientResource client = client(internalId);
            ClientRepresentation rep = client.toRepresentation();
            rep.setEnabled(enabled);
            client.update(rep);
            return null;
        });
    }

    /**
     * Makes the service account's stream roles exactly {@code streams} (creating a missing
     * {@code stream:<name>} realm role), leaving its other roles alone.
     */
    public void syncStreamRoles(String internalId, Set<String> streams) {
        String prefix = config.keycloak().streamRolePrefix();
        call("synchronise stream roles", () -> {
            RoleMappingResource mapping = roles(internalId);
            List<RoleRepresentation> held = mapping.realmLevel().listAll();
            Set<String> heldNames = held.stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
            List<RoleRepresentation> surplus = held.stream().filter(r -> r.getName().startsWith(prefix)
                    && !streams.contains(r.getName().substring(prefix.length()))).toList();
            List<RoleRepresentation> missing = streams.stream().filter(s -> !heldNames.contains(prefix + s))
                    .map(s -> role(prefix + s, true)).toList();
            if (!missing.isEmpty()) {
                mapping.realmLevel().add(missing);
            }
            if (!surplus.isEmpty()) {
                mapping.realmLevel().remove(surplus);
            }
            return null;
        });
    }

    public void deleteQuietly(String internalId) {
        try {
            realm().clients().get(internalId).remove();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not delete Keycloak client %s; remove it by hand", internalId);
        }
    }

    private RoleMappingResource roles(String internalId) {
        String userId = client(internalId).getServiceAccountUser().getId();
        return realm().users().get(userId).roles();
    }

    /** The realm role, created first when {@code create} and it does not exist yet. */
    private RoleRepresentation role(String name, boolean create) {
        try {
            return realm().roles().get(name).toRepresentation();
        } catch (NotFoundException e) {
            if (!create) {
                throw e;
            }
        }
        RoleRepresentation role = new RoleRepresentation(name, "Receives the stream " + name
                .substring(config.keycloak().streamRolePrefix().length()) + " (granted by consent-service)", false);
        try {
            realm().roles().create(role);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                throw e; // 409: another request created it meanwhile
            }
        }
        return realm().roles().get(name).toRepresentation();
    }

    private ClientResource client(String internalId) {
        return realm().clients().get(internalId);
    }

    private RealmResource realm() {
        return admin().realm(realmName());
    }

    private Keycloak admin() {
        Keycloak k = keycloak;
        if (k == null) {
            synchronized (this) {
                if (keycloak == null) {
                    ConsentConfig.Keycloak c = config.keycloak();
                    String secret = c.clientSecret().orElseThrow(() -> new KeycloakUnavailableException(
                            "consent.keycloak.client-secret is not configured (CONSENT_KEYCLOAK_CLIENT_SECRET)", null));
                    keycloak = KeycloakBuilder.builder().serverUrl(serverUrl()).realm(realmName())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(c.clientId()).clientSecret(secret)
                            .build();
                }
                k = keycloak;
            }
        }
        return k;
    }

    String serverUrl() {
        String url = config.keycloak().realmUrl();
        return url.substring(0, url.lastIndexOf("/realms/"));
    }

    String realmName() {
        String url = config.keycloak().realmUrl().replaceAll("/+$", "");
        return url.substring(url.lastIndexOf("/realms/") + "/realms/".length());
    }

    /**
     * Runs an admin call; what Keycloak refuses or cannot answer becomes a 502/503 here, never
     * the admin API's own status (its 404 is not this API's 404).
     */
    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (ConflictException | KeycloakUnavailableException e) {
            throw e;
        } catch (WebApplicationException | ProcessingException e) {
            throw new KeycloakUnavailableException("Keycloak could not " + what + ": " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
