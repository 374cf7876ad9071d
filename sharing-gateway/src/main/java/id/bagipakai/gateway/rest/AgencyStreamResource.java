package id.bagipakai.gateway.rest;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.gateway.domain.ResumePoint;
import id.bagipakai.gateway.messaging.StreamReader;
import id.bagipakai.gateway.service.DeliveryService;
import id.bagipakai.gateway.service.EnforcementService;
import id.bagipakai.gateway.service.FeedEvent;
import id.bagipakai.gateway.service.NoticeService;
import id.bagipakai.gateway.service.QuotaService;
import id.bagipakai.gateway.service.PolicyState;
import id.bagipakai.policy.DeliveryMode;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * An agency's stream over SSE ({@code household-events}, {@code eligibility}): each record once
 * per agreement of the agency that releases it, reduced to what that agreement and the people's
 * consent allow, with the agreement's id. A name that is no stream is answered 404, a token
 * without the stream's role 403. Each event's id is a resume point: reconnecting with it as
 * {@code Last-Event-ID} delivers every later record once, in order per household; without it
 * the stream starts live. When an agreement stops carrying the stream the agency gets an
 * {@code agreement-stopped} notice, and a {@code consent-withdrawn} one when a person whose data it
 * received withdraws ({@link NoticeService}); nothing more flows under it, since every record is decided
 * when it is read for this connection, against the policy state of that moment. When no agreement
 * carries the stream any more, a last {@code stream-closed} event says why and the server ends the
 * response.
 */
@Path("/agency/streams/{stream}")
@RolesAllowed("${gateway.agency-role}")
public class AgencyStreamResource {

    private static final Logger LOG = Logger.getLogger(AgencyStreamResource.class);

    @Inject
    DeliveryService delivery;

    @Inject
    PolicyState policy;

    @Inject
    NoticeService notices;

    @Inject
    QuotaService quotas;

    @Inject
    AgencyStreams streams;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@PathParam("stream") String name, @Context Sse sse,
                                          @HeaderParam("Last-Event-ID") String lastEventId) {
        String stream = streams.fromPath(name, identity);
        String agency = token.getClaim("azp");
        Set<String> roles = Set.copyOf(identity.getRoles());
        ResumePoint resume = parse(lastEventId);
        Runnable closeStream = quotas.openStream(agency);
        if (closeStream == null) {
            throw new WebApplicationException("agency " + agency + " has as many streams open as its quota allows",
                    Response.status(Response.Status.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, 5).build());
        }
        StreamReader reader;
        try {
            reader = delivery.reader(stream, resume == null ? null : resume.cursor());
        } catch (RuntimeException e) {
            closeStream.run();
            throw e;
        }
        return Multi.createFrom().emitter(emitter -> {
            AtomicBoolean closed = new AtomicBoolean();
            AtomicReference<Thread> pumping = new AtomicReference<>();
            // Off the policy consumer's thread: a notice may need the disclosure log.
            Runnable stopNotices = policy.listen(change -> Thread.ofVirtual().start(() -> {
                List<NoticeService.Notice> told = notices.noticesFor(agency, stream, DeliveryMode.SSE, change);
                told.forEach(n -> emitter.emit(sse.newEventBuilder().name(n.name()).data(n.data().toString()).build()));
                // The last agreement for this stream stopped: say so and end the stream, so that a
                // client does not wait on a connection nothing will ever flow on again.
                if (told.stream().anyMatch(n -> "agreement-stopped".equals(n.name()))
                        && notices.nothingInForce(agency, stream, DeliveryMode.SSE) && closed.compareAndSet(false, true)) {
                    NoticeService.Notice last = notices.streamClosed(stream);
                    emitter.emit(sse.newEventBuilder().name(last.name()).data(last.data().toString()).build());
                    emitter.complete();
                    reader.wakeup();
                    Thread pump = pumping.get();
                    if (pump != null) {
                        LockSupport.unpark(pump);
                    }
                }
            }));
            // Sent once positioned, so a client that saw it misses nothing published afterwards.
            emitter.emit(sse.newEventBuilder().name("stream-open").id(reader.cursor().toString())
                    .data("{\"stream\":\"" + stream + "\"}").build());
            Thread pump = Thread.ofVirtual().name("sse-" + agency)
                    .start(() -> pump(sse, emitter, reader, agency, roles, resume, closed));
            pumping.set(pump);
            emitter.onRequest(n -> LockSupport.unpark(pump)); // a slow client asked for more: go on at once
            emitter.onTermination(() -> {
                closeStream.run();
                stopNotices.run();
                reader.wakeup(); // not an interrupt: that would break the reader's own close
                LockSupport.unpark(pump);
            });
        });
    }

    /** Reads, decides, records and sends, until the client goes; then closes the reader. */
    private void pump(Sse sse, MultiEmitter<? super OutboundSseEvent> emitter, StreamReader reader, String agency,
                      Set<String> roles, ResumePoint resume, AtomicBoolean closed) {
        try (reader) {
            while (!emitter.isCancelled() && !closed.get()) {
                if (emitter.requested() <= 0) { // a slow client: wait rather than buffer without bound
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                    continue;
                }
                List<FeedEvent> events = reader.poll(Duration.ofMillis(250));
                for (DeliveryService.Delivered d : delivery.release(agency, roles, DeliveryMode.SSE, events)) {
                    send(sse, emitter, d, resume);
                }
            }
        } catch (WakeupException e) {
            // the client went away, or the stream was closed
        } catch (DeliveryService.NotRecorded e) {
            LOG.warnf(e, "Stream of %s ended: %s", agency, e.getMessage());
            emitter.fail(e); // the client resumes from its last event id: nothing is lost
        } catch (RuntimeException e) {
            if (!emitter.isCancelled() && !closed.get()) {
                LOG.errorf(e, "Stream of %s failed", agency);
                emitter.fail(e);
            }
        }
    }

    private static void send(Sse sse, MultiEmitter<? super OutboundSseEvent> emitter, DeliveryService.Delivered d,
                             ResumePoint resume) {
        String[] position = d.event().position().split("-");
        int partition = Integer.parseInt(position[0]);
        long offset = Long.parseLong(position[1]);
        List<EnforcementService.Release> releases = d.releases();
        for (int i = 0; i < releases.size(); i++) {
            EnforcementService.Release release = releases.get(i);
            if (resume != null && resume.delivered(partition, offset, release.grant().agreementId())) {
                continue;
            }
            emitter.emit(sse.newEventBuilder()
                    .id(ResumePoint.idOf(d.event().cursor(), partition, offset, release.grant().agreementId(),
                            i == releases.size() - 1))
                    .name(d.event().type())
                    .data(release.record().toString())
                    .build());
        }
    }

    private static ResumePoint parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return ResumePoint.parse(lastEventId.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badRequest("Last-Event-ID", e.getMessage());
        }
    }
}
