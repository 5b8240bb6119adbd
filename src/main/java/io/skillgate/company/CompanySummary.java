package io.skillgate.company;

import java.time.Instant;

import io.skillgate.base.CompanyId;

/** A customer company as other modules and views see it. */
public record CompanySummary(CompanyId id, String name, String slug, Instant createdAt) {
}
