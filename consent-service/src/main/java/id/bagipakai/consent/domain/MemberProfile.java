package id.bagipakai.consent.domain;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.policy.MemberFacts;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A member as the registry's latest household event describes them, reduced to what consent
 * needs: where they live, how old they are, their PPKS categories. Never their name or NIK.
 */
@Entity
@Table(name = "member_profile")
public class MemberProfile extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    /** The household version this row comes from: an older event never overwrites a newer one. */
    @Column(name = "household_version", nullable = false)
    public int householdVersion;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "estimated_birth_year")
    public Integer estimatedBirthYear;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> ppks;

    /** False once the member left the household (moved, died, split off). */
    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public MemberFacts facts() {
        Set<Ppks> categories = EnumSet.noneOf(Ppks.class);
        ppks.forEach(p -> categories.add(Ppks.valueOf(p)));
        return new MemberFacts(memberId.toString(), birthDate, estimatedBirthYear, categories);
    }
}
