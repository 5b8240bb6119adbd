/**
 * The layouts every view uses and shared view components ({@link io.skillgate.base.ui.BarChart}): a named interface
 * of {@code base}, so a module's views may use them by declaring {@code "base :: ui"}.
 */
@NamedInterface("ui")
@NullMarked
package io.skillgate.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
