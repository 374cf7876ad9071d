package id.bagipakai.gateway.service;

import id.bagipakai.gateway.domain.Disclosure;
import id.bagipakai.gateway.repository.DisclosureRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records releases before they are sent. Deliveries hand their drafts here and wait; one writer
 * thread takes whatever is queued (up to a batch) and appends it in one transaction, so many
 * concurrent deliveries share one commit (group commit) instead of paying one each. A delivery
 * whose drafts could not be written gets an exception and must not send.
 */
@ApplicationScoped
public class DisclosureLog {

    private static final Logger LOG = Logger.getLogger(DisclosureLog.class);
    private static final int MAX_BATCH = 2000;

    private record Pending(List<Disclosure.Draft> drafts, CompletableFuture<Void> done) {
    }

    @Inject
    DisclosureRepository repository;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private Thread writer;

    void onStart(@Observes StartupEvent start) {
        writer = Thread.ofPlatform().name("disclosure-writer").start(this::write);
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(5));
    }

    /**
     * Records the drafts; the future completes once they are committed. Nothing to record
     * completes at once.
     */
    public CompletableFuture<Void> record(List<Disclosure.Draft> drafts) {
        if (drafts.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        if (!running) {
            return CompletableFuture.failedFuture(new IllegalStateException("the gateway is stopping"));
        }
        Pending pending = new Pending(List.copyOf(drafts), new CompletableFuture<>());
        queue.add(pending);
        return pending.done();
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int rows = first.drafts().size();
                Pending next;
                while (rows < MAX_BATCH && (next = queue.poll()) != null) {
                    batch.add(next);
                    rows += next.drafts().size();
                }
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        List<Disclosure.Draft> all = new ArrayList<>();
        batch.forEach(p -> all.addAll(p.drafts()));
        try {
            repository.append(all);
            batch.forEach(p -> p.done().complete(null));
        } catch (Exception e) {
            LOG.errorf(e, "Could not record %d disclosures; their deliveries are held back", all.size());
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }
}
