package io.skillgate.base;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Portal-wide settings.
 *
 * @param publicUrl the base URL under which users and SmartRecruiters reach this portal, e.g.
 *                  {@code https://portal.example.com}; every URL we announce to others is built on it
 */
@ConfigurationProperties("skillgate")
public record SkillgateProperties(@DefaultValue("http://localhost:8080") URI publicUrl) {

    /** An absolute URL for a path of ours, e.g. {@code url("/login")}. */
    public String url(String path) {
        String base = publicUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
