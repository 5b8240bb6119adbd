package io.skillgate.base;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.skillgate.SkillgateApplication;
import io.skillgate.base.internal.MissingSettingsFailureAnalyzer;
import io.skillgate.base.internal.ProductionSettingsCheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProductionSettingsTest {

    @Test
    void prodRefusesToStartAndNamesEveryMissingSetting() {
        var failure = catchThrowableOfType(ProductionSettingsCheck.MissingSettingsException.class,
                () -> new SpringApplicationBuilder(SkillgateApplication.class)
                        .profiles("prod")
                        .web(WebApplicationType.NONE)
                        .properties("spring.datasource.username=app")
                        .run());

        assertThat(failure.keys()).containsExactly("spring.datasource.url", "spring.datasource.password",
                "skillgate.public-url", "skillgate.connection.encryption-key",
                "spring.mail.host");
        FailureAnalysis analysis = new MissingSettingsFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription())
                .contains("SPRING_DATASOURCE_URL (spring.datasource.url)")
                .contains("SKILLGATE_CONNECTION_ENCRYPTIONKEY (skillgate.connection.encryption-key)")
                .contains("SPRING_DATASOURCE_PASSWORD (spring.datasource.password)")
                .contains("SKILLGATE_PUBLICURL (skillgate.public-url)")
                .doesNotContain("SPRING_DATASOURCE_USERNAME");
    }
}
