package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.ImportJob;
import id.bagipakai.registry.service.waves.WaveService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Survey waves, and the upload of a wave's results (NDJSON or CSV) as an import job. */
@Path("/waves")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class WaveResource {

    @Inject
    SecurityIdentity identity;

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @Inject
    WaveService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "a body is required") CreateWaveRequest request,
                           @Context UriInfo uri) {
        var wave = service.createWave(request.code(), request.name(), request.startsOn(), request.endsOn(),
                identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(wave.code).build())
                .entity(WaveView.of(wave, List.of())).build();
    }

    @GET
    public List<WaveView> list() {
        return service.waves().stream().map(w -> WaveView.of(w, List.of())).toList();
    }

    @GET
    @Path("/{code}")
    public WaveView get(@PathParam("code") String code) {
        var wave = service.wave(code).orElseThrow(() -> new NotFoundException("No survey wave " + code));
        return WaveView.of(wave, service.importsOf(code).stream().map(ImportJobView::of).toList());
    }

    /**
     * Uploads one file of the wave: {@code application/x-ndjson} (a household per line) or
     * {@code text/csv} (a member per line, grouped by {@code ref}). The body streams to disk; the
     * answer is 202 with the import job, which runs in the background.
     */
    @POST
    @Path("/{code}/imports")
    @Consumes({NDJSON, CSV})
    public Response upload(@PathParam("code") String code, @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        ImportJob.Format format = MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(CSV))
                ? ImportJob.Format.CSV : ImportJob.Format.NDJSON;
        ImportJob job = service.receive(code, format, fileName, body, identity.getPrincipal().getName());
        return Response.accepted(ImportJobView.of(job)).location(URI.create("/imports/" + job.id)).build();
    }
}
