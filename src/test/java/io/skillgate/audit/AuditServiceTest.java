package io.skillgate.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import io.skillgate.audit.domain.AuditEvent;
import io.skillgate.audit.domain.AuditEventRepository;
import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading the audit log: filters, paging, CSV, and above all the company scope. Every test writes its own events
 * under a fresh action prefix, so the shared database's other entries never match.
 */
@SpringBootTest
class AuditServiceTest {

    record Reader(String email, @Nullable CompanyId companyId, boolean companyAdmin, boolean operator)
            implements SignedInUser {
        @Override
        public String displayName() {
            return email;
        }
    }

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @Autowired
    private AuditService audit;

    @Autowired
    private AuditEventRepository events;

    private String mark;
    private CompanyId acme;
    private CompanyId globex;
    private Reader acmeAdmin;
    private Reader operator;

    @BeforeEach
    void freshPrefixAndCompanies() {
        mark = "t" + Long.toString(System.nanoTime(), 36) + ".";
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        acme = new CompanyId(base);
        globex = new CompanyId(base + 1);
        acmeAdmin = new Reader("admin@acme.test", acme, true, false);
        operator = new Reader("operator@skillgate.test", null, false, true);
    }

    private void write(Instant when, @Nullable CompanyId company, String actor, String action, String detail) {
        events.save(new AuditEvent(when, company == null ? null : company.value(), actor, mark + action, detail,
                "192.0.2.7"));
    }

    private static List<String> details(List<AuditEventDetails> found) {
        return found.stream().map(AuditEventDetails::detail).toList();
    }

    private AuditQuery mine() {
        return new AuditQuery(mark, null, null, null, null, null);
    }

    @Test
    void filtersByActionPrefixActorPrefixDetailAndTimeNewestFirst() {
        write(T0, acme, "ada@acme.test", "user.created", "created bob");
        write(T0.plusSeconds(60), acme, "ada@acme.test", "sso.settings.changed", "metadata URL set");
        write(T0.plusSeconds(120), acme, "system", "user.deactivated", "bob left");
        write(T0.plusSeconds(180), acme, "adam@acme.test", "user.activated", "bob is back");

        assertThat(details(audit.search(acmeAdmin, mine(), 0, 50)))
                .containsExactly("bob is back", "bob left", "metadata URL set", "created bob");
        assertThat(details(audit.search(acmeAdmin, new AuditQuery(mark + "user.", null, null, null, null, null), 0,
                50))).containsExactly("bob is back", "bob left", "created bob");
        assertThat(details(audit.search(acmeAdmin, new AuditQuery(mark, "ada@", null, null, null, null), 0, 50)))
                .containsExactly("metadata URL set", "created bob");
        assertThat(details(audit.search(acmeAdmin, new AuditQuery(mark, null, "BOB", null, null, null), 0, 50)))
                .as("any case, anywhere in the detail").containsExactly("bob is back", "bob left", "created bob");
        assertThat(details(audit.search(acmeAdmin, new AuditQuery(mark, null, null, T0.plusSeconds(60),
                T0.plusSeconds(180), null), 0, 50))).as("from inclusive, to exclusive")
                .containsExactly("bob left", "metadata URL set");
        assertThat(audit.count(acmeAdmin, new AuditQuery(mark + "user.", null, null, null, null, null)))
                .isEqualTo(3);
        assertThat(details(audit.search(acmeAdmin, mine(), 1, 2))).containsExactly("bob left", "metadata URL set");
    }

    @Test
    void anAdminSeesOnlyTheirOwnCompanysEventsWhateverTheQueryAsks() throws IOException {
        write(T0, acme, "ada@acme.test", "user.created", "acme's own");
        write(T0.plusSeconds(1), globex, "gil@globex.test", "user.created", "globex's secret");
        write(T0.plusSeconds(2), null, "system", "company.created", "a platform event");

        assertThat(details(audit.search(acmeAdmin, mine(), 0, 50))).containsExactly("acme's own");
        assertThat(details(audit.search(acmeAdmin, mine().withCompany(globex), 0, 50)))
                .as("an admin cannot ask for another company").containsExactly("acme's own");
        assertThat(audit.count(acmeAdmin, mine().withCompany(globex))).isEqualTo(1);
        StringWriter csv = new StringWriter();
        audit.exportCsv(acmeAdmin, mine().withCompany(globex), csv);
        assertThat(csv.toString()).contains("acme's own").doesNotContain("globex's secret", "platform event");
    }

    @Test
    void anOperatorSeesEveryCompanyAndMayPickOne() {
        write(T0, acme, "ada@acme.test", "user.created", "acme's own");
        write(T0.plusSeconds(1), globex, "gil@globex.test", "user.created", "globex's own");
        write(T0.plusSeconds(2), null, "system", "company.created", "a platform event");

        assertThat(details(audit.search(operator, mine(), 0, 50)))
                .containsExactly("a platform event", "globex's own", "acme's own");
        assertThat(details(audit.search(operator, mine().withCompany(globex), 0, 50)))
                .containsExactly("globex's own");
    }

    @Test
    void recruitersAndUsersWithoutARoleReadNothing() {
        write(T0, acme, "ada@acme.test", "user.created", "acme's own");
        Reader recruiter = new Reader("rita@acme.test", acme, false, false);
        Reader nobody = new Reader("nobody@example.test", null, false, false);
        Reader confused = new Reader("confused@acme.test", acme, false, true);

        for (Reader reader : List.of(recruiter, nobody, confused)) {
            assertThatThrownBy(() -> audit.search(reader, mine(), 0, 50)).as(reader.email())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(reader, mine())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.exportCsv(reader, mine(), new StringWriter()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void percentUnderscoreAndBackslashInTheTextAreTakenLiterally() {
        write(T0, acme, "ada@acme.test", "note", "100% sure");
        write(T0.plusSeconds(1), acme, "ada@acme.test", "note", "1000 sure");
        write(T0.plusSeconds(2), acme, "ada@acme.test", "note", "role a_b");
        write(T0.plusSeconds(3), acme, "ada@acme.test", "note", "role axb");
        write(T0.plusSeconds(4), acme, "ada@acme.test", "note", "path c:\\temp");
        write(T0.plusSeconds(5), acme, "ada@acme.test", "note", "path c:temp");

        assertThat(details(audit.search(acmeAdmin, new AuditQuery(mark, null, "100%", null, null, null), 0, 50)))
                .containsExactly("100% sure");
        assertThat(details(audit.search(acmeAdmin, new AuditQuery(mark, null, "a_b", null, null, null), 0, 50)))
                .containsExactly("role a_b");
        assertThat(details(audit.search(acmeAdmin, new AuditQuery(mark, null, "c:\\t", null, null, null), 0, 50)))
                .containsExactly("path c:\\temp");
        assertThat(details(audit.search(acmeAdmin, new AuditQuery(mark.substring(0, mark.length() - 1) + "_",
                null, null, null, null, null), 0, 50))).as("the action prefix too").isEmpty();
    }

    @Test
    void theCsvHasAHeaderEveryMatchNewestFirstAndNoFormulas() throws IOException {
        write(T0, acme, "ada@acme.test", "user.created", "created bob");
        write(T0.plusSeconds(1), acme, "=cmd|' /C calc'!A0", "user.created", "@SUM(1+1), said \"bob\"");

        StringWriter csv = new StringWriter();
        audit.exportCsv(acmeAdmin, mine(), csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("id,occurred at (UTC),company id,actor,action,detail,from address");
        assertThat(lines.get(1)).contains("2026-11-20T08:00:01Z", acme.toString(), ",'=cmd|' /C calc'!A0,",
                "\"'@SUM(1+1), said \"\"bob\"\"\"", "192.0.2.7");
        assertThat(lines.get(2)).contains("2026-11-20T08:00:00Z", "ada@acme.test", mark + "user.created",
                "created bob");
    }
}
