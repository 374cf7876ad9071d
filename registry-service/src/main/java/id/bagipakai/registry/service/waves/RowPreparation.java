package id.bagipakai.registry.service.waves;

import id.bagipakai.commons.problem.JsonPointers;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.commons.outbox.OutboxEncoder;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.repository.BulkHouseholdWriter.MemberRow;
import id.bagipakai.registry.repository.BulkHouseholdWriter.NewHousehold;
import id.bagipakai.registry.service.HouseholdDocuments;
import id.bagipakai.registry.service.HouseholdRules;
import id.bagipakai.registry.service.HouseholdService;
import id.bagipakai.registry.service.RegionCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The CPU part of an import, outside any transaction: the same validation as the API (Bean
 * Validation, then the household rules), and for a new household its stored document and its
 * event, encoded once into its Kafka wire form (the outbox row the relay will only move).
 */
@ApplicationScoped
public class RowPreparation {

    @Inject
    Validator validator;

    @Inject
    RegionCatalog regions;

    @Inject
    HouseholdDocuments documents;

    @Inject
    OutboxEncoder events;

    PreparedRow prepare(WaveRow row, String reason, Instant at, UUID importJobId) {
        if (!row.readable()) {
            return new PreparedRow.Rejected(row, row.errors());
        }
        List<FieldError> invalid = validator.validate(row.document()).stream()
                .map(v -> new FieldError(JsonPointers.of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::detail))
                .toList();
        if (!invalid.isEmpty()) {
            return new PreparedRow.Rejected(row, invalid);
        }
        if (row.householdId() != null) {
            return new PreparedRow.Update(row); // the service validates against the current version
        }
        HouseholdRules.Outcome outcome = new HouseholdRules(regions, LocalDate::now).apply(row.document(), true);
        if (!outcome.valid()) {
            return new PreparedRow.Rejected(row, outcome.errors());
        }
        HouseholdDocument document = outcome.document();
        UUID id = UUID.randomUUID();
        HouseholdRegistered event = HouseholdService.registeredEvent(id, at, document);
        List<MemberRow> members = document.members().stream()
                .map(m -> new MemberRow(m.memberId(), m.nik(), m.name(), m.birthYear(), m.sex().name()))
                .toList();
        return new PreparedRow.Registration(row, document, new NewHousehold(id, document.location().regionCode(),
                document.kkNumber(), documents.write(document), reason, members,
                events.row(Topics.HOUSEHOLD_EVENTS, id.toString(), event, importJobId)));
    }
}
