package io.skillgate.access;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

import io.skillgate.access.domain.PortalUser;
import io.skillgate.access.domain.PortalUserRepository;
import io.skillgate.company.domain.Company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real changelog on MariaDB: the constraints the database itself keeps. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PortalUserPersistenceTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00.123456Z");

    @Autowired
    private PortalUserRepository users;

    @Autowired
    private TestEntityManager entityManager;

    private long companyId() {
        return entityManager.persistFlushFind(new Company("Persist Co", "persist-" + System.nanoTime(), T0)).requireId();
    }

    @Test
    void storesAndReadsAUserWithMicrosecondTimestamps() {
        PortalUser user = new PortalUser(companyId(), "p1@example.test", "Pat", "One", SystemRole.RECRUITER, T0);
        user.setActive(true);
        long id = users.saveAndFlush(user).requireId();
        entityManager.clear();

        PortalUser read = users.findById(id).orElseThrow();
        assertThat(read.getEmail()).isEqualTo("p1@example.test");
        assertThat(read.getSystemRole()).isEqualTo(SystemRole.RECRUITER);
        assertThat(read.isActive()).isTrue();
        assertThat(read.getCreatedAt()).isEqualTo(T0);
    }

    @Test
    void emailIsUniqueAcrossThePlatform() {
        long company = companyId();
        users.saveAndFlush(new PortalUser(company, "dup@example.test", "A", "A", SystemRole.ADMIN, T0));
        assertThatThrownBy(() -> users.saveAndFlush(
                new PortalUser(company, "dup@example.test", "B", "B", SystemRole.RECRUITER, T0)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aCustomerUserNeedsACompany() {
        assertThatThrownBy(() -> users.saveAndFlush(
                new PortalUser(null, "nocompany@example.test", "N", "C", SystemRole.ADMIN, T0)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anOperatorBelongsToNoCompany() {
        assertThatThrownBy(() -> users.saveAndFlush(
                new PortalUser(companyId(), "op@example.test", "O", "P", SystemRole.OPERATOR, T0)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
