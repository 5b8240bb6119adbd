package io.skillgate.connection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/**
 * What other modules know about a connection's traffic (the last order received, the last result pushed, the
 * last error), shown on the connection page. Implemented by modules that depend on this one, so the page needs
 * no dependency on them.
 */
public interface ConnectionActivity {

    List<Fact> facts(CompanyId companyId);

    /**
     * The facts of every company at once, by company, for the operator's list: one query per implementation
     * instead of one per company. The default reports nothing there.
     */
    default Map<CompanyId, List<Fact>> factsOfAll() {
        return Map.of();
    }

    /** One line of the connection page: "Last order received — 2026-11-23 14:02 — order 1f2e…". */
    record Fact(int order, String label, @Nullable Instant at, @Nullable String detail) {
    }
}
