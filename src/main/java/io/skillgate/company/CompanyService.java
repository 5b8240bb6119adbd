package io.skillgate.company;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.domain.Company;
import io.skillgate.company.domain.CompanyRepository;

/** Customer companies: create one, find one, list them (the operator area). */
@Service
@Transactional(readOnly = true)
public class CompanyService {

    static final int MAX_NAME_LENGTH = 200;

    private final CompanyRepository companies;
    private final AuditService audit;
    private final Clock clock;

    CompanyService(CompanyRepository companies, AuditService audit, Clock clock) {
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a company with a unique slug derived from its name. */
    @Transactional
    public CompanySummary create(String name, String actor) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A company name needs 1 to " + MAX_NAME_LENGTH + " characters");
        }
        String base = slugOf(trimmed);
        String slug = base;
        for (int i = 2; companies.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        Company company = companies.save(new Company(trimmed, slug, clock.instant()));
        CompanySummary summary = toSummary(company);
        audit.record(AuditEntry.of(summary.id(), actor, "company.created", "Created company " + trimmed));
        return summary;
    }

    public Optional<CompanySummary> find(CompanyId id) {
        return companies.findById(id.value()).map(CompanyService::toSummary);
    }

    public Optional<CompanySummary> findBySlug(String slug) {
        return companies.findBySlug(slug).map(CompanyService::toSummary);
    }

    public List<CompanySummary> findAll() {
        return companies.findAllByOrderByNameAsc().stream().map(CompanyService::toSummary).toList();
    }

    /** "Acme Labs GmbH" → "acme-labs-gmbh"; never empty, at most 48 characters. */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "company" : slug;
    }

    private static CompanySummary toSummary(Company company) {
        return new CompanySummary(new CompanyId(company.requireId()), company.getName(), company.getSlug(),
                company.getCreatedAt());
    }
}
