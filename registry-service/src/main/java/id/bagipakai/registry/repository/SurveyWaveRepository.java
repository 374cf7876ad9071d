package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.SurveyWave;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SurveyWaveRepository implements PanacheRepositoryBase<SurveyWave, String> {
}
