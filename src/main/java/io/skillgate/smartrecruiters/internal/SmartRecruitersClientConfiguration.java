package io.skillgate.smartrecruiters.internal;

import java.net.http.HttpClient;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.smartrecruiters.SmartRecruitersClient;
import io.skillgate.smartrecruiters.SmartRecruitersProperties;

/** The JDK HTTP client with our connect and read timeouts under Spring's RestClient. */
@Configuration(proxyBeanMethods = false)
class SmartRecruitersClientConfiguration {

    @Bean
    SmartRecruitersClient smartRecruitersClient(RestClient.Builder builder, SrBaseUrl baseUrl,
                                                SmartRecruitersProperties properties, RateLimiter limiter,
                                                ObjectMapper json, Clock clock) {
        HttpClient jdk = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(properties.readTimeout());
        return new RestSmartRecruitersClient(builder.requestFactory(factory).build(), baseUrl::get, properties,
                limiter, json, clock);
    }
}
