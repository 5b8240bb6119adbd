package io.skillgate.connection;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.internal.TokenOwnerCache;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Import(MovableClockConfiguration.class)
class ConnectionServiceTest {

    @Autowired
    private Clock clock;

    @Autowired
    private ConnectionService connections;

    @Autowired
    private CompanyService companies;

    @Autowired
    private DataSource dataSource;

    private CompanyId newCompany() {
        return companies.create("Conn Co " + System.nanoTime(), "test").id();
    }

    @Test
    void storesOnlyAHashOfTheSecretAndNeverPrintsIt() {
        IssuedCredential credential = connections.connect(newCompany(), "sr-hash-" + System.nanoTime(), "test");

        String stored = new JdbcTemplate(dataSource).queryForObject(
                "SELECT client_secret_hash FROM sr_connections WHERE client_id = ?", String.class, credential.clientId());
        assertThat(stored).hasSize(64).isNotEqualTo(credential.clientSecret());
        assertThat(credential.clientSecret()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(credential.toString()).doesNotContain(credential.clientSecret());
    }

    @Test
    void oneConnectionPerCompanyAndPerSrCompany() {
        CompanyId company = newCompany();
        String srCompany = "sr-once-" + System.nanoTime();
        connections.connect(company, srCompany, "test");

        assertThatThrownBy(() -> connections.connect(company, "sr-other-" + System.nanoTime(), "test"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> connections.connect(newCompany(), srCompany, "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another portal company");
    }

    @Test
    void tokensAreStoredHashedAndAuthenticateTheirCompanyOnly() {
        CompanyId company = newCompany();
        IssuedCredential credential = connections.connect(company, "sr-tok-" + System.nanoTime(), "test");
        IssuedToken token = connections.issueToken(credential.clientId(), credential.clientSecret(), "10.7.0.1");

        assertThat(connections.authenticate(token.accessToken())).get()
                .extracting(SrClient::companyId).isEqualTo(company);
        Integer clear = new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM sr_access_tokens WHERE token_hash = ?", Integer.class, token.accessToken());
        assertThat(clear).isZero();
        assertThat(connections.authenticate(token.accessToken() + "x")).isEmpty();
        assertThat(connections.authenticate("")).isEmpty();
    }

    @Test
    void disablingIsIdempotentAndKillsTokens() {
        CompanyId company = newCompany();
        IssuedCredential credential = connections.connect(company, "sr-dis-" + System.nanoTime(), "test");
        IssuedToken token = connections.issueToken(credential.clientId(), credential.clientSecret(), "10.7.0.2");
        assertThat(connections.authenticate(token.accessToken())).isPresent(); // now remembered on this node

        connections.disable(company, "test");
        connections.disable(company, "test");

        assertThat(connections.status(company)).contains(ConnectionStatus.DISABLED);
        assertThat(connections.authenticate(token.accessToken())).isEmpty();
        assertThatThrownBy(() -> connections.issueToken(credential.clientId(), credential.clientSecret(), "10.7.0.2"))
                .isInstanceOf(TokenRequestRefused.class);
    }

    @Test
    void aTokenRevokedOnAnotherNodeStopsWorkingHereWithinTheReuseTime() {
        MovableClock time = MovableClockConfiguration.of(clock);
        CompanyId company = newCompany();
        IssuedCredential credential = connections.connect(company, "sr-node-" + System.nanoTime(), "test");
        IssuedToken token = connections.issueToken(credential.clientId(), credential.clientSecret(), "10.7.0.3");
        assertThat(connections.authenticate(token.accessToken())).isPresent();

        // another node disabled the connection: only the database knows
        new JdbcTemplate(dataSource).update("UPDATE sr_access_tokens SET revoked = TRUE WHERE company_id = ?",
                company.value());
        assertThat(connections.authenticate(token.accessToken())).as("remembered for at most the reuse time")
                .isPresent();
        time.advance(TokenOwnerCache.REUSE);
        assertThat(connections.authenticate(token.accessToken())).isEmpty();
    }

    @Test
    void aRememberedTokenStillExpiresOnTime() {
        MovableClock time = MovableClockConfiguration.of(clock);
        IssuedCredential credential = connections.connect(newCompany(), "sr-exp-" + System.nanoTime(), "test");
        IssuedToken token = connections.issueToken(credential.clientId(), credential.clientSecret(), "10.7.0.4");
        assertThat(connections.authenticate(token.accessToken())).isPresent();

        time.advance(Duration.ofSeconds(token.expiresInSeconds()));
        assertThat(connections.authenticate(token.accessToken())).isEmpty();
    }
}
