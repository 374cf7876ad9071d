package id.bagipakai.eligibility.service;

import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.eligibility.domain.DesilChange;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdInput;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.HouseholdRank;
import id.bagipakai.eligibility.domain.Objection;
import id.bagipakai.eligibility.domain.WelfareScore;
import id.bagipakai.eligibility.messaging.HouseholdEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps every household's result current. Holds the in-memory {@link WelfareRanking} and the
 * {@link Evaluation} (model + rules) in force; one lock orders everything that changes them or
 * the stored results, so a household event, a full run and an objection never interleave.
 *
 * <p>A household event rescored the household, moves it in the ranking and concludes it and every
 * household whose desil the move shifted, in one transaction. If that transaction fails after the
 * ranking moved, the ranking is reloaded from the stored results, which the failure left as they were.
 */
@ApplicationScoped
public class ResultEngine {

    private static final Logger LOG = Logger.getLogger(ResultEngine.class);
    private static final String STATE_TYPE = HouseholdState.getClassSchema().getFullName();

    @Inject
    ResultRecorder recorder;

    @Inject
    DataSource dataSource;

    private final ReentrantLock lock = new ReentrantLock();
    private volatile Evaluation evaluation;
    private WelfareRanking ranking;
    private boolean rankingMoved;

    /** What a full run read, evaluated and published. */
    public record RunCounts(long recordsRead, long households, long rankChanges, long eligibilityChanges) {
    }

    /** The evaluation in force, or null before the first start completed. */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** Runs {@code work} holding the engine's lock (before any transaction it opens). */
    public <T> T exclusively(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Starts under {@code current} from the stored results: the ranking is rebuilt from them. */
    public void resume(Evaluation current) {
        exclusively(() -> {
            WelfareRanking loaded = new WelfareRanking();
            forEachStoredScore(loaded);
            loaded.rebuild();
            ranking = loaded;
            evaluation = current;
            LOG.infof("Resumed with %d ranked households under model %s, rules %s", loaded.size(),
                    current.modelVersion(), current.rulesVersion());
            return null;
        });
    }

    /**
     * One household event: a repeat or an older version is ignored.
     *
     * @throws IllegalArgumentException for a state that cannot be evaluated (unknown PPKS code,
     *     malformed village code): nothing changed
     */
    public void apply(HouseholdEvent event) {
        exclusively(() -> {
            rankingMoved = false;
            try {
                QuarkusTransaction.requiringNew().run(() -> applyInTransaction(event));
            } catch (RuntimeException e) {
                if (rankingMoved) {
                    resume(evaluation);
                }
                throw e;
            }
            return null;
        });
    }

    private void applyInTransaction(HouseholdEvent event) {
        UUID id = event.householdId();
        HouseholdInput input = HouseholdInput.findById(id);
        if (input != null && input.householdVersion >= event.version()) {
            return;
        }
        HouseholdProfile profile = HouseholdProfiles.of(id.toString(), event.state(), day(event.occurredAt()));
        Evaluation current = evaluation;
        WelfareScore score = current.score(profile);
        if (input == null) {
            input = new HouseholdInput();
            input.householdId = id;
        }
        input.householdVersion = event.version();
        input.occurredAt = event.occurredAt();
        input.state = EventCodec.encode(event.state());
        input.persist();

        rankingMoved = true;
        List<DesilChange> moved;
        if (profile.memberCount() == 0) {
            moved = ranking.remove(id);
            recorder.forget(id);
        } else {
            moved = ranking.put(id, score.value(), profile.memberCount(), profile.regionCode());
        }
        Set<UUID> shifted = new HashSet<>();
        moved.stream().filter(c -> c.after() != null && !c.householdId().equals(id)).forEach(c -> shifted.add(c.householdId()));
        Set<UUID> all = new HashSet<>(shifted);
        all.add(id);
        Map<UUID, List<Objection>> upheld = recorder.upheld(all);
        if (profile.memberCount() > 0) {
            recorder.record(new Assessment(id, event.version(), event.occurredAt(), event.state(), profile, score,
                    ranking.desils(id)), current, Cause.HOUSEHOLD_CHANGED, upheld.getOrDefault(id, List.of()));
        }
        if (!shifted.isEmpty()) {
            for (HouseholdInput other : HouseholdInput.<HouseholdInput>list("householdId in ?1", shifted)) {
                recorder.record(assess(other, current, ranking), current, Cause.RANKING_SHIFTED,
                        upheld.getOrDefault(other.householdId, List.of()));
            }
        }
    }

    /** Concludes one stored household again (an objection was decided); call inside {@link #exclusively}. */
    public ResultRecorder.Recorded reconsider(UUID householdId, Cause cause) {
        HouseholdInput input = HouseholdInput.findById(householdId);
        if (input == null) {
            throw new IllegalStateException("household " + householdId + " was never read");
        }
        return recorder.record(assess(input, evaluation, ranking), evaluation, cause,
                recorder.upheld(List.of(householdId)).getOrDefault(householdId, List.of()));
    }

    /**
     * The household's desils and percentiles now; null when it is not ranked, or while a full run
     * holds the ranking (reads do not wait minutes for a replay).
     */
    public HouseholdRank rank(UUID householdId) {
        try {
            if (!lock.tryLock(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return ranking == null ? null : ranking.rank(householdId);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Re-evaluates every stored household under {@code next}: scores all, ranks them in full,
     * concludes each (publishing only changes) and puts {@code next} in force. Call inside
     * {@link #exclusively}, with the live reading stopped.
     *
     * @param pageSize households per transaction
     */
    public RunCounts recompute(Evaluation next, int pageSize, long recordsRead) {
        WelfareRanking full = new WelfareRanking();
        forEachStoredInput(pageSize, input -> {
            HouseholdProfile profile = profile(input);
            if (profile != null && profile.memberCount() > 0) {
                full.load(input.householdId, next.score(profile).value(), profile.memberCount(), profile.regionCode());
            }
        });
        full.rebuild();
        long[] counts = new long[3];
        forEachStoredPage(pageSize, page -> {
            Map<UUID, List<Objection>> upheld = recorder.upheld(page.stream().map(i -> i.householdId).toList());
            for (HouseholdInput input : page) {
                HouseholdProfile profile = profile(input);
                if (profile == null) {
                    continue;
                }
                if (profile.memberCount() == 0) {
                    recorder.forget(input.householdId);
                    continue;
                }
                var recorded = recorder.record(new Assessment(input.householdId, input.householdVersion,
                                input.occurredAt, state(input), profile, next.score(profile),
                                desilsOrNone(full, input.householdId)), next, Cause.RECOMPUTED,
                        upheld.getOrDefault(input.householdId, List.of()));
                counts[0]++;
                counts[1] += recorded.rankChanged() ? 1 : 0;
                counts[2] += recorded.changedProgrammes().isEmpty() ? 0 : 1;
            }
        });
        ranking = full;
        evaluation = next;
        return new RunCounts(recordsRead, counts[0], counts[1], counts[2]);
    }

    /** Keeps the newest version of each household of a replayed batch (never an older one than stored). */
    public void storeReplayed(List<HouseholdEvent> batch) {
        Map<UUID, HouseholdEvent> newest = new LinkedHashMap<>();
        for (HouseholdEvent e : batch) {
            newest.merge(e.householdId(), e, (a, b) -> b.version() > a.version() ? b : a);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement upsert = c.prepareStatement("""
                         INSERT INTO household_input (household_id, household_version, occurred_at, state)
                         VALUES (?, ?, ?, ?)
                         ON CONFLICT (household_id) DO UPDATE
                            SET household_version = EXCLUDED.household_version, occurred_at = EXCLUDED.occurred_at,
                                state = EXCLUDED.state
                          WHERE household_input.household_version < EXCLUDED.household_version""")) {
                for (HouseholdEvent e : newest.values()) {
                    upsert.setObject(1, e.householdId());
                    upsert.setInt(2, e.version());
                    upsert.setTimestamp(3, Timestamp.from(e.occurredAt()));
                    upsert.setBytes(4, EventCodec.encode(e.state()));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            } catch (SQLException ex) {
                throw new IllegalStateException("could not store replayed household states", ex);
            }
        });
    }

    // ---- reading what is stored ----

    private Assessment assess(HouseholdInput input, Evaluation with, WelfareRanking in) {
        HouseholdState state = state(input);
        HouseholdProfile profile = HouseholdProfiles.of(input.householdId.toString(), state, day(input.occurredAt));
        return new Assessment(input.householdId, input.householdVersion, input.occurredAt, state, profile,
                with.score(profile), desilsOrNone(in, input.householdId));
    }

    /** The stored household's profile, or null (logged) when it cannot be evaluated. */
    private static HouseholdProfile profile(HouseholdInput input) {
        try {
            return HouseholdProfiles.of(input.householdId.toString(), state(input), day(input.occurredAt));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Household %s v%d cannot be evaluated: %s", input.householdId, input.householdVersion,
                    e.getMessage());
            return null;
        }
    }

    private static HouseholdState state(HouseholdInput input) {
        return (HouseholdState) EventCodec.decode(STATE_TYPE, input.state);
    }

    private static Desils desilsOrNone(WelfareRanking in, UUID id) {
        Desils d = in.desils(id);
        return d == null ? Desils.NONE : d;
    }

    /** Ages count on the day the registry recorded the version, in WIB: a replay decides alike. */
    private static LocalDate day(Instant at) {
        return at.atOffset(HouseholdProfiles.WIB).toLocalDate();
    }

    private void forEachStoredInput(int pageSize, java.util.function.Consumer<HouseholdInput> each) {
        forEachStoredPage(pageSize, page -> page.forEach(each));
    }

    /** Pages of stored inputs in id order, each page in a transaction of its own. */
    private void forEachStoredPage(int pageSize, java.util.function.Consumer<List<HouseholdInput>> each) {
        UUID after = null;
        while (true) {
            UUID from = after;
            List<HouseholdInput> page = QuarkusTransaction.requiringNew().call(() -> {
                List<HouseholdInput> inputs = (from == null
                        ? HouseholdInput.<HouseholdInput>find("order by householdId")
                        : HouseholdInput.<HouseholdInput>find("householdId > ?1 order by householdId", from))
                        .page(0, pageSize).list();
                each.accept(inputs);
                return inputs;
            });
            if (page.size() < pageSize) {
                return;
            }
            after = page.getLast().householdId;
        }
    }

    private void forEachStoredScore(WelfareRanking into) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT household_id, score, persons, region_code FROM household_result")) {
            q.setFetchSize(5000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    into.load(rs.getObject(1, UUID.class), rs.getDouble(2), rs.getInt(3), rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stored results", e);
        }
    }
}
