package id.bagipakai.registry.service.waves;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.contracts.Topics;
import id.bagipakai.registry.domain.ImportJob;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.commons.outbox.Outbox;
import id.bagipakai.registry.repository.BulkHouseholdWriter;
import id.bagipakai.registry.repository.BulkHouseholdWriter.RowError;
import id.bagipakai.registry.repository.ImportJobRepository;
import id.bagipakai.registry.repository.MemberRepository;
import id.bagipakai.registry.service.HouseholdService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Commits one batch of an import: its accepted households (versions, members, outbox rows), its
 * rejected rows, and the job's progress, in one transaction. The progress is the resume point, so
 * a crash either keeps a whole batch or none of it: no row is lost or applied twice.
 */
@ApplicationScoped
public class ImportBatches {

    /** What one batch did, for the runner's counters. */
    record Outcome(int accepted, int rejected) {
    }

    /** Counts updates that changed nothing while the batch runs. */
    private static final class Unchanged {
        int count;
    }

    @Inject
    ImportJobRepository jobs;

    @Inject
    MemberRepository members;

    @Inject
    BulkHouseholdWriter writer;

    @Inject
    HouseholdService households;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Transactional
    Outcome commit(UUID jobId, List<PreparedRow> batch, long rowsRead, String reasonPrefix, Instant at,
                   Map<String, Long> timings) {
        ImportJob job = jobs.findById(jobId);
        List<RowError> rejected = new ArrayList<>();
        List<PreparedRow.Registration> registrations = new ArrayList<>();
        Unchanged unchanged = new Unchanged();
        for (PreparedRow prepared : batch) {
            switch (prepared) {
                case PreparedRow.Rejected r -> rejected.add(error(r.row(), r.errors()));
                case PreparedRow.Registration r -> registrations.add(r);
                case PreparedRow.Update u -> update(u.row(), job, reasonPrefix, unchanged).ifPresent(rejected::add);
            }
        }
        List<PreparedRow.Registration> accepted = withoutNikConflicts(registrations, rejected);
        writer.insert(accepted.stream().map(PreparedRow.Registration::household).toList(), job.submittedBy, at);
        outbox.appendRows(accepted.stream().map(r -> r.household().event()).toList());
        writer.insertErrors(jobId, rejected);
        int acceptedCount = batch.size() - rejected.size();
        job.rowsRead = rowsRead;
        job.accepted += acceptedCount;
        job.rejected += rejected.size();
        job.unchanged += unchanged.count;
        job.timings = timings;
        return new Outcome(acceptedCount, rejected.size());
    }

    /** A NIK belongs to one person: refused when the registry or an earlier row of this batch has it. */
    private List<PreparedRow.Registration> withoutNikConflicts(List<PreparedRow.Registration> registrations,
                                                               List<RowError> rejected) {
        Set<String> niks = registrations.stream().flatMap(r -> r.document().members().stream())
                .map(Member::nik).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, MemberRepository.NikHolder> holders = members.nikHolders(niks).stream()
                .collect(Collectors.toMap(MemberRepository.NikHolder::nik, h -> h, (a, b) -> a));
        Map<String, Long> claimedByRow = new HashMap<>();
        List<PreparedRow.Registration> accepted = new ArrayList<>();
        for (PreparedRow.Registration r : registrations) {
            List<FieldError> errors = new ArrayList<>();
            List<Member> ms = r.document().members();
            for (int i = 0; i < ms.size(); i++) {
                String nik = ms.get(i).nik();
                if (nik == null) {
                    continue;
                }
                MemberRepository.NikHolder holder = holders.get(nik);
                Long earlier = claimedByRow.get(nik);
                if (holder != null) {
                    errors.add(new FieldError("/members/" + i + "/nik", "is already linked to member " + holder.memberId()
                            + " of household " + holder.householdId()));
                } else if (earlier != null) {
                    errors.add(new FieldError("/members/" + i + "/nik", "is also given in row " + earlier
                            + " of this upload"));
                }
            }
            if (errors.isEmpty()) {
                ms.stream().map(Member::nik).filter(java.util.Objects::nonNull)
                        .forEach(nik -> claimedByRow.put(nik, r.row().number()));
                accepted.add(r);
            } else {
                rejected.add(error(r.row(), errors));
            }
        }
        return accepted;
    }

    /** A new version of an existing household, through the service's own rules; refused rows write nothing. */
    private java.util.Optional<RowError> update(WaveRow row, ImportJob job, String reasonPrefix, Unchanged unchanged) {
        try {
            HouseholdService.Snapshot before = households.current(row.householdId()).orElse(null);
            HouseholdService.Snapshot after = households.applyUpdate(row.householdId(), row.expectedVersion(),
                    row.document(), reasonPrefix + row.number() + refSuffix(row), job.submittedBy, job.id);
            if (before != null && after.version() == before.version()) {
                unchanged.count++;
            }
            return java.util.Optional.empty();
        } catch (InvalidInputException e) {
            return java.util.Optional.of(error(row, e.errors()));
        } catch (ConflictException e) {
            return java.util.Optional.of(error(row, e.errors()));
        } catch (NotFoundException e) {
            return java.util.Optional.of(error(row, List.of(new FieldError("/householdId", "no such household"))));
        } catch (ClientErrorException e) { // 412: the household moved on since expectedVersion
            return java.util.Optional.of(error(row, List.of(new FieldError("/expectedVersion", e.getMessage()))));
        }
    }

    static String refSuffix(WaveRow row) {
        return row.ref() == null ? ")" : ", ref " + row.ref() + ")";
    }

    private RowError error(WaveRow row, List<FieldError> errors) {
        try {
            return new RowError(row.number(), row.line(), row.ref(), json.writeValueAsString(errors));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
