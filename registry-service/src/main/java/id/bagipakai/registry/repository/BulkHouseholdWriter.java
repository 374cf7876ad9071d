package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.RegionDirectory;
import id.bagipakai.commons.outbox.OutboxRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes a survey-wave batch on the transaction's own connection: the same rows
 * {@code HouseholdService.register} writes (head, version 1, members), without an entity
 * per row, by COPY: one round trip per table and batch.
 */
@ApplicationScoped
public class BulkHouseholdWriter {

    /** A validated new household, ready to store: its document and its event (an outbox row) already encoded. */
    public record NewHousehold(UUID id, String regionCode, String kkNumber, String document, String reason,
                               List<MemberRow> members, OutboxRow event) {
    }

    public record MemberRow(UUID id, String nik, String name, Integer birthYear, String sex) {
    }

    /** A rejected row of an import, with its field errors as a JSON array. */
    public record RowError(long row, long line, String ref, String errorsJson) {
    }

    @Inject
    EntityManager entityManager;

    /** The households' rows; their events go to the outbox in the same transaction ({@code Outbox#appendRows}). */
    public void insert(List<NewHousehold> households, String changedBy, Instant at) {
        if (households.isEmpty()) {
            return;
        }
        String time = at.toString();
        CopyRows heads = new CopyRows("household (id, region_code, kk_number, version, registered_at, updated_at)");
        CopyRows versions = new CopyRows("household_version (household_id, version, document, changed_by, reason, changed_at)");
        CopyRows members = new CopyRows("member (id, household_id, nik, name, birth_year, sex, active, regency_code)");
        CopyRows checks = new CopyRows("duplicate_check (member_id, household_id, queued_at)");
        for (NewHousehold h : households) {
            heads.value(h.id()).value(h.regionCode()).value(h.kkNumber()).value(1).value(time).value(time).endRow();
            versions.value(h.id()).value(1).value(h.document()).value(changedBy).value(h.reason()).value(time).endRow();
            for (MemberRow m : h.members()) {
                members.value(m.id()).value(h.id()).value(m.nik()).value(m.name()).value(m.birthYear()).value(m.sex())
                        .value("t").value(RegionDirectory.regencyOf(h.regionCode())).endRow();
                if (m.nik() == null) { // members without NIK wait for the duplicate sweep
                    checks.value(m.id()).value(h.id()).value(time).endRow();
                }
            }
        }
        // Parents before children (foreign keys).
        entityManager.unwrap(Session.class).doWork(connection -> {
            heads.copy(connection);
            versions.copy(connection);
            members.copy(connection);
            checks.copy(connection);
        });
    }

    public void insertErrors(UUID importJobId, List<RowError> errors) {
        CopyRows rows = new CopyRows("import_row_error (job_id, row_number, line, ref, errors)");
        for (RowError e : errors) {
            rows.value(importJobId).value(e.row()).value(e.line()).value(e.ref()).value(e.errorsJson()).endRow();
        }
        entityManager.unwrap(Session.class).doWork(rows::copy);
    }
}
