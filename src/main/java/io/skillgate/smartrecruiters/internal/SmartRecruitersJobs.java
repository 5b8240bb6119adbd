package io.skillgate.smartrecruiters.internal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.skillgate.smartrecruiters.OrderContextService;

/** The SR module's background work as db-scheduler recurring tasks (one node at a time, cluster-wide). */
@Configuration(proxyBeanMethods = false)
class SmartRecruitersJobs {

    @Bean
    RecurringTask<Void> srOrderContext(OrderContextService contexts) {
        return Tasks.recurring("sr-order-context", FixedDelay.of(Duration.ofSeconds(5)))
                .execute((instance, context) -> contexts.enrichDue());
    }
}
