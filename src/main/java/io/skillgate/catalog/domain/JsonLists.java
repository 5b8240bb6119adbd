package io.skillgate.catalog.domain;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.catalog.ScoreBand;

/** The small JSON arrays the catalog keeps in VARCHAR columns. */
final class JsonLists {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {
    };
    static final TypeReference<List<ScoreBand>> BANDS = new TypeReference<>() {
    };

    private JsonLists() {
    }

    static String write(List<?> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot be stored as JSON", e);
        }
    }

    static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return List.copyOf(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON array is broken", e);
        }
    }
}
