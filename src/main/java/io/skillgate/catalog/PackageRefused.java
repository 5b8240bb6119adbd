package io.skillgate.catalog;

import java.util.List;

/**
 * A package edit the catalog refuses, with where ({@code field}: {@code name}, {@code type}, {@code terms…},
 * {@code assessments[i]…}, {@code assessments[i].questions[j]…} or {@code package}) and why ({@code code}, a key
 * under {@code catalog.problem.} in the UI's texts, with {@code arguments}). The message is the English text.
 */
public class PackageRefused extends IllegalArgumentException {

    private final String field;
    private final String code;
    private final List<Object> arguments;

    public PackageRefused(String field, String code, String message, Object... arguments) {
        super(field + ": " + message);
        this.field = field;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The assessment the problem is in, or -1. */
    public int assessmentIndex() {
        return index("assessments[");
    }

    /** The question (within {@link #assessmentIndex()}) the problem is in, or -1. */
    public int questionIndex() {
        return index("questions[");
    }

    private int index(String prefix) {
        int start = field.indexOf(prefix);
        if (start < 0) {
            return -1;
        }
        int from = start + prefix.length();
        return Integer.parseInt(field.substring(from, field.indexOf(']', from)));
    }
}
