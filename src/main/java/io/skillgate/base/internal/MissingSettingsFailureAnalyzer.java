package io.skillgate.base.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link ProductionSettingsCheck.MissingSettingsException} into a short, actionable start-up message. */
public class MissingSettingsFailureAnalyzer
        extends AbstractFailureAnalyzer<ProductionSettingsCheck.MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsCheck.MissingSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set each missing setting as an environment variable (the name before the parentheses) or as a "
                        + "Spring property, then start again. See the configuration table in README.md.",
                cause);
    }
}
