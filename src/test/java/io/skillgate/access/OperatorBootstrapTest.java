package io.skillgate.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev profile's bootstrap settings created the operator at start-up, exactly once. */
@SpringBootTest
class OperatorBootstrapTest {

    @Autowired
    private UserService users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private BootstrapProperties bootstrap;

    @Test
    void createsTheConfiguredOperatorWithTheConfiguredPassword() {
        PortalUserPrincipal operator = users.loadPrincipal(bootstrap.operatorEmail()).orElseThrow();
        assertThat(operator.role()).isEqualTo(SystemRole.OPERATOR);
        assertThat(operator.companyId()).isNull();
        assertThat(operator.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches(bootstrap.operatorPassword(), operator.getPassword())).isTrue();
    }
}
