package io.skillgate.usersapi.scim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one filter form we serve (RFC 7644 §3.4.2.2, narrowed): {@code <attribute> eq "<string>"}. Attribute names
 * ignore case and may carry the core schema URN; the value is a JSON string. Anything else ({@code and}, {@code or},
 * other operators, unknown attributes, unquoted values) is refused with 400 {@code invalidFilter}.
 *
 * @param attribute the attribute, lower case and without schema URN, e.g. {@code username}
 * @param value     the compared string
 */
record ScimFilter(String attribute, String value) {

    private static final int MAX_LENGTH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM = Pattern.compile(
            "\\s*([A-Za-z][\\w:.\\-]*(?:\\[\\s*type\\s+eq\\s+\"work\"\\s*]\\.value)?)\\s+eq\\s+(\"(?:[^\"\\\\]|\\\\.)*\")\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Parses {@code filter}, accepting only the given attributes (lower case). */
    static ScimFilter parse(String filter, String schema, Set<String> attributes) {
        ScimFilter parsed = parse(filter, schema);
        if (!attributes.contains(parsed.attribute())) {
            throw invalid("Filtering is supported on " + String.join(", ", attributes.stream().sorted().toList())
                    + " only");
        }
        return parsed;
    }

    /** Parses {@code filter} on any attribute. */
    static ScimFilter parse(String filter, String schema) {
        if (filter.length() > MAX_LENGTH) {
            throw invalid("A filter has at most " + MAX_LENGTH + " characters");
        }
        Matcher form = FORM.matcher(filter);
        if (!form.matches()) {
            throw invalid("Only filters of the form: attribute eq \"value\" are supported");
        }
        String attribute = ScimPath.strip(form.group(1), schema).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replace("[ ", "[").replace(" ]", "]");
        try {
            JsonNode value = JSON.readTree(form.group(2));
            return new ScimFilter(attribute, value.asText());
        } catch (JsonProcessingException e) {
            throw invalid("The compared value is not a valid JSON string");
        }
    }

    private static ScimException invalid(String detail) {
        return ScimException.badRequest("invalidFilter", detail);
    }
}
