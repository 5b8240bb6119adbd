package io.skillgate.usersapi.v201804;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {code}}: one of SmartRecruiters' language codes, e.g. {@code en}, {@code pt-BR}, {@code zh-TW}. */
public record Language(@JsonProperty("code") String code) {
}
