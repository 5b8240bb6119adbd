/**
 * A local simulator of SmartRecruiters' side under {@code /sandbox/sr/**}: token endpoint, partner configuration,
 * integration, results, context reads and SR's rate limits. On in dev and tests, never in prod (every bean is
 * {@code @Profile("!prod")}); it talks to us only over HTTP, like SR, and nothing of ours depends on it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.skillgate.sandbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
