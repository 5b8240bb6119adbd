package io.skillgate.company.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.skillgate.base.AbstractEntity;

/** A customer company: the tenant that owns users, packages, orders and its SmartRecruiters connection. */
@Entity
@Table(name = "companies")
public class Company extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    /** Stable, URL-safe handle, e.g. for SSO registration ids. */
    @Column(nullable = false, unique = true, length = 64)
    private String slug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Company() {
        // for JPA
        this.name = "";
        this.slug = "";
        this.createdAt = Instant.EPOCH;
    }

    public Company(String name, String slug, Instant createdAt) {
        this.name = name;
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
