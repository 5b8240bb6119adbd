package io.skillgate.access.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.skillgate.access.ReclamationMode;

/** One company's reclamation rule; a company without a row has none (off). */
@Entity
@Table(name = "reclamation_rules")
public class ReclamationRule {

    @Id
    @Column(name = "company_id")
    private long companyId;

    @Column(name = "inactive_days", nullable = false)
    private int inactiveDays;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReclamationMode mode = ReclamationMode.LIST_ONLY;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy = "";

    protected ReclamationRule() {
    }

    public ReclamationRule(long companyId) {
        this.companyId = companyId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public int getInactiveDays() {
        return inactiveDays;
    }

    public ReclamationMode getMode() {
        return mode;
    }

    public void change(int inactiveDays, ReclamationMode mode, Instant at, String by) {
        this.inactiveDays = inactiveDays;
        this.mode = mode;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
