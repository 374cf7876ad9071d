package id.bagipakai.consent.rest;

import id.bagipakai.consent.domain.ConsentDraft;
import id.bagipakai.consent.domain.RevisionChain;
import id.bagipakai.consent.service.ConsentRevisions;
import id.bagipakai.consent.service.ConsentService;
import id.bagipakai.consent.service.ConsentView;
import id.bagipakai.consent.service.PersonViewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.UUID;

/**
 * People's answers (granted, refused, withdrawn; objections), recorded by operators with their
 * evidence, and the person's view of who may receive their data.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Operators.ROLE)
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    ConsentRevisions revisions;

    @Inject
    PersonViewService people;

    @Inject
    Operators operators;

    /**
     * 201 with the recorded answer; 404 for a member the registry has not published; 422 naming
     * every invalid field (a child's grant without a guardian among them); 409 for a withdrawal
     * with no grant in force in its scope.
     */
    @POST
    @Path("members/{memberId}/consents")
    public Response record(@PathParam("memberId") UUID memberId,
                           @NotNull(message = "an answer is required") ConsentDraft draft) {
        ConsentView recorded = consents.record(memberId, draft, operators.current());
        return Response.created(UriBuilder.fromPath("/consents/{id}").build(recorded.id())).entity(recorded).build();
    }

    /** The member's answers, newest first. */
    @GET
    @Path("members/{memberId}/consents")
    public List<ConsentView> ofMember(@PathParam("memberId") UUID memberId) {
        return consents.ofMember(memberId);
    }

    /** Recomputes the member's consent chain and names the first link that does not hold. */
    @GET
    @Path("members/{memberId}/consents/verification")
    public RevisionChain.Verification verify(@PathParam("memberId") UUID memberId) {
        return revisions.verify(memberId);
    }

    /** The person's view: covering agreements and whether their data flows under each, their answers, disclosures. */
    @Inject
    org.eclipse.microprofile.jwt.JsonWebToken token;

    @GET
    @Path("members/{memberId}")
    public PersonViewService.PersonView person(@PathParam("memberId") UUID memberId) {
        return people.of(memberId, token.getRawToken());
    }

    @GET
    @Path("consents/{id}")
    public ConsentView get(@PathParam("id") UUID id) {
        return consents.get(id);
    }
}
