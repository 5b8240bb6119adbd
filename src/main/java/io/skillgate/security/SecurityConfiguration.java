package io.skillgate.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import io.skillgate.access.UserService;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.apikey.ApiKeyService;
import io.skillgate.base.ApiDocumentation;
import io.skillgate.connection.ConnectionService;
import io.skillgate.security.ui.LoginView;
import io.skillgate.sso.SsoOnlySignIn;
import io.skillgate.sso.SsoService;
import io.skillgate.sso.SsoWebLogin;

/**
 * The filter chains, in order: actuator, the partner API, the Users API and SCIM (all stateless), then the Vaadin UI.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Actuator: health and info for load balancers, prometheus for scraping. In prod these are served on the
     * separate management port only (see application-prod.properties), which is not published.
     */
    @Bean
    @Order(1)
    SecurityFilterChain operationsFilterChain(HttpSecurity http) throws Exception {
        return stateless(http).securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class,
                                PrometheusScrapeEndpoint.class)).permitAll()
                        .anyRequest().denyAll())
                // answer 403 directly: a sendError() would be rendered by the UI's error page with status 200
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
                        .accessDeniedHandler((request, response, denied) ->
                                response.setStatus(HttpStatus.FORBIDDEN.value())))
                .build();
    }

    /**
     * The partner API SR calls: stateless; the token endpoint is open (it checks the client credential itself),
     * everything else needs a bearer token issued there. Refusals in SR's error shape.
     */
    @Bean
    @Order(2)
    SecurityFilterChain partnerApiFilterChain(HttpSecurity http, ConnectionService connections) throws Exception {
        return bearerApi(http, "/api/sr/**", token -> connections.authenticate(token).map(SrClientAuthentication::new),
                response -> JsonErrorWriter.write(response, HttpStatus.UNAUTHORIZED.value(), "Unauthorized",
                        "UNAUTHORIZED", "A valid bearer token is required"),
                response -> JsonErrorWriter.write(response, HttpStatus.FORBIDDEN.value(), "Forbidden", "FORBIDDEN",
                        "Not allowed"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/api/sr/v1/oauth/token")).permitAll()
                        .anyRequest().hasAuthority(SrClientAuthentication.AUTHORITY))
                .build();
    }

    /**
     * The Users API: stateless, a company's API key as bearer token. The activity feed (the company's audit log)
     * needs {@code audit_read}; other reads need {@code users_read} or {@code users_manage}, every other method
     * {@code users_manage}. Refusals in SR's Users API error shape.
     */
    @Bean
    @Order(3)
    SecurityFilterChain usersApiFilterChain(HttpSecurity http, ApiKeyService keys) throws Exception {
        String read = ApiKeyAuthentication.scope(ApiKeyScope.USERS_READ.code());
        String manage = ApiKeyAuthentication.scope(ApiKeyScope.USERS_MANAGE.code());
        String auditRead = ApiKeyAuthentication.scope(ApiKeyScope.AUDIT_READ.code());
        return bearerApi(http, "/api/users/**", token -> keys.authenticate(token).map(ApiKeyAuthentication::new),
                response -> JsonErrorWriter.write(response, HttpStatus.UNAUTHORIZED.value(), "Unauthorized",
                        "UNAUTHORIZED", "A valid API key is required: Authorization: Bearer sgk_..."),
                response -> JsonErrorWriter.write(response, HttpStatus.FORBIDDEN.value(), "Forbidden",
                        "INSUFFICIENT_SCOPE", "The API key lacks the scope this request needs"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.GET, "/api/users/v201804/activity")).hasAuthority(auditRead)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/users/**"))
                        .hasAnyAuthority(read, manage)
                        .anyRequest().hasAuthority(manage))
                .build();
    }

    /** The machine APIs' OpenAPI documents (springdoc): public and read-only, they describe the APIs, no data. */
    @Bean
    @Order(4)
    SecurityFilterChain apiDocumentsFilterChain(HttpSecurity http) throws Exception {
        return stateless(http).securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(ApiDocumentation.PATH + "/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.GET, ApiDocumentation.PATH + "/**")).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) ->
                        JsonErrorWriter.write(response, HttpStatus.METHOD_NOT_ALLOWED.value(), "Method Not Allowed",
                                "METHOD_NOT_ALLOWED", "The API documents are read-only")))
                .build();
    }

    /**
     * SCIM 2.0 for identity providers (Okta, Entra): stateless, a company's API key with the scope {@code scim} for
     * every call. Refusals in SCIM's error shape.
     */
    @Bean
    @Order(5)
    SecurityFilterChain scimFilterChain(HttpSecurity http, ApiKeyService keys) throws Exception {
        return bearerApi(http, "/scim/v2/**", token -> keys.authenticate(token).map(ApiKeyAuthentication::new),
                response -> JsonErrorWriter.writeScim(response, HttpStatus.UNAUTHORIZED.value(),
                        "A valid API key is required: Authorization: Bearer sgk_..."),
                response -> JsonErrorWriter.writeScim(response, HttpStatus.FORBIDDEN.value(),
                        "The API key lacks the scope scim"))
                .authorizeHttpRequests(auth -> auth
                        .anyRequest().hasAuthority(ApiKeyAuthentication.scope(ApiKeyScope.SCIM.code())))
                .build();
    }

    /** How a machine API words a refusal (401 or 403) in its own error shape. */
    @FunctionalInterface
    private interface Refusal {
        void write(HttpServletResponse response) throws IOException;
    }

    /**
     * A machine API under {@code pattern} whose callers send {@code Authorization: Bearer …}: stateless, the token
     * authenticated by {@code authenticate}, a 401 (with {@code WWW-Authenticate}) and a 403 in the API's own shape.
     * The caller adds the authorization rules.
     */
    private static HttpSecurity bearerApi(HttpSecurity http, String pattern,
                                          Function<String, Optional<? extends Authentication>> authenticate,
                                          Refusal unauthorized, Refusal forbidden) throws Exception {
        return stateless(http).securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .addFilterBefore(new BearerTokenFilter(authenticate), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"skillgate\"");
                            unauthorized.write(response);
                        })
                        .accessDeniedHandler((request, response, denied) -> forbidden.write(response)));
    }

    /** A machine API's chain: no session, no CSRF token, no saved request, no login form or basic auth. */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable);
    }

    /**
     * A request the firewall refuses (encoded percent or NUL, path traversal, odd parameter names) gets a JSON 400
     * written directly; the default handler's sendError would be answered by the UI's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> JsonErrorWriter.write(response, HttpStatus.BAD_REQUEST.value(),
                "Bad Request", "REQUEST_REJECTED", "The request holds characters that are not allowed");
    }

    /**
     * Spring's publisher of sign-in events (recorded by {@link SignInAuditor}). It maps only Spring's own exceptions
     * to events; our refusal of a user who must sign in by SSO ({@link SsoOnlySignIn}, "account disabled for
     * passwords") is added, else it would go unrecorded.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(SsoOnlySignIn.class, AuthenticationFailureDisabledEvent.class));
        return publisher;
    }

    /**
     * The UI: Vaadin's configurer adds form login on /login, logout and "everything else needs a sign-in". Routes
     * marked {@code @AnonymousAllowed} (the candidate's {@code /assessment/<token>}) are let through by the
     * configurer itself.
     */
    @Bean
    @Order(10)
    SecurityFilterChain uiFilterChain(HttpSecurity http, UserDetailsService userDetailsService,
                                      PasswordEncoder passwordEncoder, AuthenticationEventPublisher eventPublisher,
                                      SsoService sso, SsoWebLogin ssoLogin, UserService users,
                                      SignedInSessions sessions, Clock clock) throws Exception {
        ProviderManager authenticationManager =
                new ProviderManager(new SignInAuthenticationProvider(userDetailsService, passwordEncoder, sso));
        authenticationManager.setAuthenticationEventPublisher(eventPublisher);
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/images/**", "/icons/**").permitAll()
                // result reports behind their unguessable key (candidate.ReportController), linked from SR
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/reports/**"))
                .permitAll()
                // SAML: start links, SP metadata, the IdP's answer (CSRF-exempt by Spring: it is signed)
                .requestMatchers("/sso", "/sso/*", "/sso/*/test", "/saml2/**", "/login/saml2/**").permitAll());
        // a deactivated user's session ends with their next request, on whichever node it lands
        http.addFilterBefore(new ActiveUserFilter(users, sessions, clock), AnonymousAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        VaadinSavedRequestAwareAuthenticationSuccessHandler home = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        RequestCache requestCache = http.getSharedObject(RequestCache.class);
        if (requestCache != null) {
            home.setRequestCache(requestCache);
        }
        http.saml2Login(saml -> ssoLogin.configure(saml, home));
        return http.build();
    }
}
