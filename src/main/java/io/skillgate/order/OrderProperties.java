package io.skillgate.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mailFrom                 the sender of candidate mail (invitations, reminders)
 * @param invitationInterval       how often waiting invitations are sent
 * @param lifecycleInterval        how often reminders and expiries are looked for
 * @param maxInvitationAttempts    an invitation the mail server keeps refusing for a passing reason is given up
 *                                 (order rejected, flagged for a human) after this many tries, backing off up to an
 *                                 hour between them
 * @param liveUpdatePollInterval   how often this node reads the orders and timeline entries other nodes wrote, so
 *                                 screens here update live for changes made there; 0 turns it off (one node)
 */
@ConfigurationProperties("skillgate.order")
public record OrderProperties(@DefaultValue("Skillgate <no-reply@skillgate.invalid>") String mailFrom,
                              @DefaultValue("2s") Duration invitationInterval,
                              @DefaultValue("1m") Duration lifecycleInterval,
                              @DefaultValue("12") int maxInvitationAttempts,
                              @DefaultValue("1s") Duration liveUpdatePollInterval) {
}
