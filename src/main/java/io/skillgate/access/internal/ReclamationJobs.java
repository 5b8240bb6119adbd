package io.skillgate.access.internal;

import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import io.skillgate.access.ReclamationProperties;
import io.skillgate.access.ReclamationService;

/** The daily automatic reclamation, a db-scheduler recurring task: one node runs it, whatever the number of nodes. */
@Configuration(proxyBeanMethods = false)
class ReclamationJobs {

    @Bean
    RecurringTask<Void> accessReclamation(ReclamationService reclamation, ReclamationProperties properties) {
        return Tasks.recurring("access-reclamation", Schedules.daily(ZoneOffset.UTC, properties.runAt()))
                .execute((instance, context) -> reclamation.runAutomatic());
    }
}
