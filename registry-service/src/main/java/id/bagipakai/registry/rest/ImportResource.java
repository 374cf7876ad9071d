package id.bagipakai.registry.rest;

import id.bagipakai.registry.repository.ImportErrorRepository.RejectedRow;
import id.bagipakai.registry.service.waves.WaveService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Import jobs: progress, the row-level error report, and resuming a failed import. */
@Path("/imports")
@RolesAllowed(Roles.OPERATOR)
public class ImportResource {

    @Inject
    SecurityIdentity identity;

    private static final int PAGE = 1000;

    @Inject
    WaveService service;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportJobView get(@PathParam("id") UUID id) {
        return service.job(id).map(ImportJobView::of).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{id}/resume")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resume(@PathParam("id") UUID id) {
        return Response.accepted(ImportJobView.of(service.resume(id))).build();
    }

    /** Rejected rows as NDJSON: {@code {"row":12,"line":14,"ref":"A-7","errors":[{"pointer":…,"detail":…}]}}. */
    @GET
    @Path("/{id}/errors")
    @Produces(WaveResource.NDJSON)
    public Response errorsAsNdjson(@PathParam("id") UUID id) {
        return report(id, WaveResource.NDJSON, (out, r) -> out.write("{\"row\":" + r.row() + ",\"line\":" + r.line()
                + ",\"ref\":" + json.writeValueAsString(r.ref()) + ",\"errors\":" + r.errors() + "}\n"));
    }

    /** Rejected rows as CSV, one line per failing field: row, line, ref, pointer, detail. */
    @GET
    @Path("/{id}/errors")
    @Produces(WaveResource.CSV)
    public Response errorsAsCsv(@PathParam("id") UUID id) {
        return report(id, WaveResource.CSV, (out, r) -> {
            for (JsonNode e : json.readTree(r.errors())) {
                out.write(r.row() + "," + r.line() + "," + csv(r.ref()) + "," + csv(e.path("pointer").asText())
                        + "," + csv(e.path("detail").asText()) + "\r\n");
            }
        });
    }

    private interface RowWriter {
        void write(Writer out, RejectedRow row) throws IOException;
    }

    private Response report(UUID id, String type, RowWriter rowWriter) {
        service.job(id).orElseThrow(() -> notFound(id));
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            if (type.equals(WaveResource.CSV)) {
                out.write("row,line,ref,pointer,detail\r\n");
            }
            long after = 0;
            List<RejectedRow> page;
            do {
                page = service.rejectedRows(id, after, PAGE);
                for (RejectedRow r : page) {
                    rowWriter.write(out, r);
                    after = r.row();
                }
            } while (page.size() == PAGE);
            out.flush();
        };
        return Response.ok(body, type).header("Content-Disposition",
                "attachment; filename=\"import-" + id + "-errors." + (type.equals(WaveResource.CSV) ? "csv" : "ndjson") + "\"").build();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No import " + id);
    }
}
