package id.bagipakai.registry.service.waves;

import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.repository.BulkHouseholdWriter.NewHousehold;

import java.util.List;

/** A row after the checks that need no database: rejected, a new household ready to write, or an update. */
sealed interface PreparedRow {

    WaveRow row();

    record Rejected(WaveRow row, List<FieldError> errors) implements PreparedRow {
    }

    /** @param document the validated document (member ids assigned) */
    record Registration(WaveRow row, HouseholdDocument document, NewHousehold household) implements PreparedRow {
    }

    record Update(WaveRow row) implements PreparedRow {
    }
}
