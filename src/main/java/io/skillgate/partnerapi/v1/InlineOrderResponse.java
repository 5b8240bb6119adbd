package io.skillgate.partnerapi.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The candidate's assessment URL, answered to an inline order. */
public record InlineOrderResponse(@JsonProperty("url") String url) {
}
