package id.bagipakai.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** What was last concluded about a household: the basis of change detection and of the read API. */
@Entity
@Table(name = "household_result")
public class HouseholdResult extends PanacheEntityBase {

    @Id
    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "household_version", nullable = false)
    public int householdVersion;

    /** Counts the result events published for this household (both kinds). */
    @Column(nullable = false)
    public int revision;

    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public int persons;

    @Column(nullable = false)
    public double score;

    @Column(name = "desil_national", nullable = false)
    public short desilNational;

    @Column(name = "desil_province", nullable = false)
    public short desilProvince;

    @Column(name = "desil_regency", nullable = false)
    public short desilRegency;

    /** {"PKH": true, …}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String eligibility;

    /** The score's terms and the programme decisions with their reasons ({@code ResultExplanation}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String explanation;

    @Column(name = "model_version", nullable = false)
    public String modelVersion;

    @Column(name = "rules_version", nullable = false)
    public String rulesVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Desils desils() {
        return new Desils(desilNational, desilProvince, desilRegency);
    }

    public void desils(Desils d) {
        desilNational = (short) d.national();
        desilProvince = (short) d.province();
        desilRegency = (short) d.regency();
    }
}
