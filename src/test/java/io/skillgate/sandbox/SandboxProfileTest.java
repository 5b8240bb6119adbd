package io.skillgate.sandbox;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox exists in dev and tests, and no bean of it in prod. */
class SandboxProfileTest {

    private static java.util.Set<String> sandboxBeans(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true,
                environment);
        return scanner.findCandidateComponents("io.skillgate.sandbox").stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void noSandboxBeanInProd() {
        assertThat(sandboxBeans("prod")).isEmpty();
    }

    @Test
    void theSandboxIsThereInDev() {
        assertThat(sandboxBeans("dev")).contains(SandboxState.class.getName(),
                SandboxSecurityConfiguration.class.getName(), SandboxTokenController.class.getName(),
                SandboxPartnerController.class.getName(), SandboxOrderController.class.getName(),
                SandboxDataController.class.getName());
    }
}
