package io.skillgate.company;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.skillgate.audit.AuditService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CompanyServiceTest {

    @Autowired
    private CompanyService companies;

    @Autowired
    private AuditService audit;

    @Test
    void slugsAreUrlSafe() {
        assertThat(CompanyService.slugOf("Acme Labs GmbH")).isEqualTo("acme-labs-gmbh");
        assertThat(CompanyService.slugOf("  Zürich & Søn AG!! ")).isEqualTo("zurich-s-n-ag");
        assertThat(CompanyService.slugOf("***")).isEqualTo("company");
        assertThat(CompanyService.slugOf("a".repeat(100))).hasSize(48);
    }

    @Test
    void sameNamesGetDistinctSlugsAndAnAuditEntry() {
        CompanySummary first = companies.create("Twin Corp", "op@skillgate.test");
        CompanySummary second = companies.create("Twin Corp", "op@skillgate.test");

        assertThat(first.slug()).isEqualTo("twin-corp");
        assertThat(second.slug()).isEqualTo("twin-corp-2");
        assertThat(companies.findBySlug("twin-corp-2")).contains(second);
        assertThat(audit.recent(second.id(), 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("company.created");
            assertThat(e.actor()).isEqualTo("op@skillgate.test");
        });
    }

    @Test
    void refusesBlankAndOverlongNames() {
        assertThatThrownBy(() -> companies.create("   ", "op")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> companies.create("n".repeat(201), "op")).isInstanceOf(IllegalArgumentException.class);
    }
}
