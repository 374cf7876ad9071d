package id.bagipakai.eligibility.rest;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.eligibility.service.DefinitionException;
import id.bagipakai.eligibility.service.Evaluation;
import id.bagipakai.eligibility.service.EvaluationRuns;
import id.bagipakai.eligibility.service.ResultEngine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * The model and rule set in force. Switching replays the household topic and publishes only the
 * results that change; it runs in the background (202), and GET says when it finished.
 */
@Path("/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Operators.ROLE)
public class EvaluationResource {

    public record Versions(String modelVersion, String rulesVersion) {
    }

    public record Status(String modelVersion, String rulesVersion, List<String> programmes, boolean live,
                         EvaluationRuns.Run lastRun) {
    }

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,39}");

    @Inject
    EvaluationRuns runs;

    @Inject
    ResultEngine engine;

    @GET
    public Status status() {
        Evaluation e = engine.evaluation();
        return new Status(e == null ? null : e.modelVersion(), e == null ? null : e.rulesVersion(),
                e == null ? List.of() : e.rules().programmes(), runs.isLive(), runs.lastRun());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response switchTo(Versions versions) {
        List<FieldError> errors = new ArrayList<>();
        if (versions == null || versions.modelVersion() == null) {
            errors.add(new FieldError("/modelVersion", "is required"));
        }
        if (versions == null || versions.rulesVersion() == null) {
            errors.add(new FieldError("/rulesVersion", "is required"));
        }
        if (errors.isEmpty()) {
            version("/modelVersion", versions.modelVersion(), errors);
            version("/rulesVersion", versions.rulesVersion(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return start(versions.modelVersion(), versions.rulesVersion());
    }

    /** Replays and recomputes every household under the versions in force (publishing only changes). */
    @POST
    @Path("/recompute")
    public Response recompute() {
        Evaluation e = engine.evaluation();
        if (e == null) {
            throw new ConflictException("the service is still starting", List.of(), null);
        }
        return start(e.modelVersion(), e.rulesVersion());
    }

    /** Versions name files on the classpath: nothing but a plain name may reach the path. */
    private static void version(String pointer, String value, List<FieldError> errors) {
        if (!VERSION.matcher(value).matches()) {
            errors.add(new FieldError(pointer, "must be a version such as 2026.1 (letters, digits, '.', '-', '_')"));
        }
    }

    private Response start(String model, String rules) {
        try {
            return Response.accepted(runs.switchTo(model, rules)).build();
        } catch (DefinitionException e) {
            throw new InvalidInputException(e.getMessage().contains("/models/") ? "/modelVersion" : "/rulesVersion",
                    e.getMessage());
        } catch (EvaluationRuns.RunInProgress e) {
            throw new ConflictException(e.getMessage(), List.of(), null);
        }
    }
}
