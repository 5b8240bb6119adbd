package io.skillgate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/** The Skillgate portal: one Spring Boot application, one module per direct subpackage. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("skillgate")
@Push
public class SkillgateApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SkillgateApplication.class, args);
    }
}
