package io.skillgate.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Outside prod, when no mail server is configured, the app's mail goes to the {@link SandboxMailbox}. */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class SandboxMailConfiguration {

    @Bean
    JavaMailSender sandboxMailSender(SandboxMailbox mailbox) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailbox.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
