package id.bagipakai.registry.service.waves;

import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.registry.domain.household.HouseholdDocument;

import java.util.List;
import java.util.UUID;

/**
 * One household as read from an upload: its position, the uploader's reference, and either a
 * document (new household, or a new version of {@code householdId}) or why it cannot be read.
 *
 * @param number 1-based position among the file's households: the resume point counts these
 * @param line   the physical line it starts on, for the error report
 */
public record WaveRow(long number, long line, String ref, UUID householdId, Integer expectedVersion,
                      HouseholdDocument document, List<FieldError> errors) {

    public boolean readable() {
        return errors.isEmpty();
    }
}
