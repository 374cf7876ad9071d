package id.bagipakai.gateway.rest;

import id.bagipakai.commons.problem.Problem;
import id.bagipakai.gateway.service.QuotaService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Agency endpoints past an agency's request quota answer 429 with Retry-After, before any work. */
public class QuotaFilter {

    @Inject
    QuotaService quotas;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/agency/") || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getClaim("azp") == null) {
            return Optional.empty();
        }
        long waitNanos = quotas.takeRequest(token.getClaim("azp"));
        if (waitNanos == 0) {
            return Optional.empty();
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
        return Optional.of(tooMany("request quota exceeded; retry after " + seconds + " s", seconds));
    }

    static Response tooMany(String detail, long retryAfterSeconds) {
        return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, detail).toResponse())
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
