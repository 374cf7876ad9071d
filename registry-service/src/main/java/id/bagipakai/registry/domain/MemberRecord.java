package id.bagipakai.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A member's look-up row (NIK, name, birth year) beside the documents; the document is the truth. */
@Entity
@Table(name = "member")
public class MemberRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    public String nik;

    @Column(nullable = false)
    public String name;

    @Column(name = "birth_year")
    public Integer birthYear;

    /** The household's regency (e.g. 11.01), where the duplicate search looks. */
    @Column(name = "regency_code", nullable = false)
    public String regencyCode;

    /** MALE or FEMALE, for duplicate scoring. */
    public String sex;

    @Column(nullable = false)
    public boolean active = true;

    /** MOVED, DECEASED, SPLIT or OTHER once the member left; null while active. */
    @Column(name = "left_reason")
    public String leftReason;

    @Column(name = "left_at")
    public java.time.Instant leftAt;
}
