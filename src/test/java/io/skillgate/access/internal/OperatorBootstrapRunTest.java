package io.skillgate.access.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.skillgate.access.BootstrapProperties;
import io.skillgate.access.UserService;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class OperatorBootstrapRunTest {

    @Autowired
    private UserService users;

    @Test
    void runningAgainWithOtherSettingsChangesNothingOnceAnOperatorExists() {
        new OperatorBootstrap(users, new BootstrapProperties("second.operator@skillgate.test",
                "another-long-password")).bootstrap();
        assertThat(users.emailExists("second.operator@skillgate.test")).isFalse();
    }
}
