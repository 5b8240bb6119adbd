package io.skillgate.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.skillgate.access.BootstrapProperties;
import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;

/**
 * Creates the first platform operator from configuration, once: when an operator exists, the settings are
 * ignored (changing them later never resets anyone's password). With no operator and no settings the portal
 * would be unusable, so start-up stops and says which settings to give.
 */
@Component
@Order(0)
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final UserService users;
    private final BootstrapProperties properties;

    OperatorBootstrap(UserService users, BootstrapProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap();
    }

    void bootstrap() {
        if (users.operatorExists()) {
            return;
        }
        String email = properties.operatorEmail();
        String password = properties.operatorPassword();
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            throw new IllegalStateException("No platform operator exists yet: set SKILLGATE_BOOTSTRAP_OPERATOREMAIL "
                    + "(skillgate.bootstrap.operator-email) and SKILLGATE_BOOTSTRAP_OPERATORPASSWORD "
                    + "(skillgate.bootstrap.operator-password) to create the first one");
        }
        users.create(new CreateUserCommand(null, email, "Skillgate", "Operator", SystemRole.OPERATOR, password, true),
                "bootstrap");
        log.info("Created the bootstrap platform operator {}", email);
    }
}
