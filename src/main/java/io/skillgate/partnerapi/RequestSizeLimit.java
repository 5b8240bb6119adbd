package io.skillgate.partnerapi;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import io.skillgate.base.BodySizeLimitFilter;

/**
 * Bodies sent to the partner API are small JSON or form documents; anything over {@link #MAX_BYTES} is refused
 * with 413 before it is read — by its Content-Length, or while reading a chunked body.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

    static final int MAX_BYTES = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> partnerApiRequestSizeLimit() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new BodySizeLimitFilter(MAX_BYTES));
        registration.addUrlPatterns(PartnerApiPaths.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
