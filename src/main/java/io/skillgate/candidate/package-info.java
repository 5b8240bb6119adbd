/**
 * The candidate's pages behind the unguessable token of their link: the assessment itself (in {@code ui}) and the
 * PDF report behind a result's report URL. Nothing depends on this module.
 */
@ApplicationModule(allowedDependencies = {"base", "order", "catalog"})
@NullMarked
package io.skillgate.candidate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
