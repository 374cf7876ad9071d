package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.SurveyWave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record WaveView(String code, String name, LocalDate startsOn, LocalDate endsOn, String createdBy,
                       Instant createdAt, List<ImportJobView> imports) {

    static WaveView of(SurveyWave w, List<ImportJobView> imports) {
        return new WaveView(w.code, w.name, w.startsOn, w.endsOn, w.createdBy, w.createdAt, imports);
    }
}
