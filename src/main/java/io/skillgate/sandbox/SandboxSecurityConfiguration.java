package io.skillgate.sandbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The sandbox's own stateless chain, before the UI's (which would redirect to the login page). The sandbox
 * checks its tokens itself, like SR does.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class SandboxSecurityConfiguration {

    static final String BASE = "/sandbox/sr";

    @Bean
    @Order(3)
    SecurityFilterChain sandboxFilterChain(HttpSecurity http, SandboxState state) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(BASE + "/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .addFilterBefore(new SandboxRateLimitFilter(state), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .build();
    }
}
