package id.bagipakai.gateway.rest;

import id.bagipakai.gateway.pseudonym.KeyRing;
import id.bagipakai.gateway.pseudonym.KeyVersion;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.List;

/** For operators: which pseudonym key versions the gateway holds (never the keys), and rotation. */
@Path("/operator/pseudonym-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class OperatorPseudonymKeyResource {

    private static final Logger LOG = Logger.getLogger(OperatorPseudonymKeyResource.class);

    /**
     * @param current  the version new pseudonyms are made with
     * @param versions every version held, oldest first (older ones serve re-keying)
     */
    public record KeysView(int current, List<Integer> versions) {
    }

    @Inject
    KeyRing keys;

    @Inject
    SecurityIdentity identity;

    @GET
    public KeysView versions() {
        return new KeysView(keys.current().version(), keys.versions());
    }

    /** A new current version: from now on every agency's pseudonyms are made with it. */
    @POST
    public Response rotate() {
        KeyVersion created = keys.rotate();
        LOG.infof("Pseudonym key v%d made current by %s", created.version(), identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(new KeysView(created.version(), keys.versions())).build();
    }
}
