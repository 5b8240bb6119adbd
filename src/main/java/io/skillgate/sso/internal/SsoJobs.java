package io.skillgate.sso.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.skillgate.sso.SsoService;

/** db-scheduler jobs (one node runs each): metadata refresh, and purging expired requests and consumed ids. */
@Configuration(proxyBeanMethods = false)
class SsoJobs {

    private static final Logger log = LoggerFactory.getLogger(SsoJobs.class);

    @Bean
    RecurringTask<Void> ssoMetadataRefresh(SsoService sso, SsoProperties properties) {
        return Tasks.recurring("sso-metadata-refresh", FixedDelay.of(properties.metadataRefreshInterval()))
                .execute((instance, context) -> {
                    int changed = sso.refreshMetadata();
                    if (changed > 0) {
                        log.info("IdP metadata changed for {} companies", changed);
                    }
                });
    }

    @Bean
    RecurringTask<Void> ssoPurge(StoredAuthnRequests requests, SsoWebParts parts) {
        return Tasks.recurring("sso-purge", FixedDelay.of(Duration.ofMinutes(10)))
                .execute((instance, context) -> {
                    int purged = requests.purgeExpired() + parts.signIn().purgeExpired();
                    log.debug("Purged {} expired SSO rows", purged);
                });
    }
}
