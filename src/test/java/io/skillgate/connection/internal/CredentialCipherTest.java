package io.skillgate.connection.internal;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.skillgate.connection.ConnectionProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialCipherTest {

    private static CredentialCipher cipher(String key) {
        return new CredentialCipher(new ConnectionProperties(Duration.ofHours(1), 10, 30, Duration.ofMinutes(15), key,
                List.of("https://*.smartrecruiters.com")));
    }

    private static String key(int fill) {
        byte[] raw = new byte[32];
        java.util.Arrays.fill(raw, (byte) fill);
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void roundTripsWithAFreshIvEachTime() {
        CredentialCipher cipher = cipher(key(1));
        String a = cipher.encrypt("sr-1", "their-secret");
        String b = cipher.encrypt("sr-1", "their-secret");

        assertThat(a).startsWith("v1:").doesNotContain("their-secret").isNotEqualTo(b);
        assertThat(cipher.decrypt("sr-1", a)).isEqualTo("their-secret");
        assertThat(cipher.decrypt("sr-1", b)).isEqualTo("their-secret");
    }

    @Test
    void aTamperedValueAnotherCompanysValueOrAnotherKeyDoNotDecrypt() {
        CredentialCipher cipher = cipher(key(1));
        String stored = cipher.encrypt("sr-1", "their-secret");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt("sr-1", tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("sr-2", stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another company");
        assertThatThrownBy(() -> cipher(key(2)).decrypt("sr-1", stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAMissingOrWeakKeyNamingTheSetting() {
        assertThatThrownBy(() -> cipher(null)).hasMessageContaining("skillgate.connection.encryption-key");
        assertThatThrownBy(() -> cipher("not base64 !")).hasMessageContaining("base64");
        assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
