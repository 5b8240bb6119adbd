package io.skillgate.smartrecruiters;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The custom fields we announce to SR: at most 5, each with an id SR can pass back as a query parameter. */
class SmartRecruitersPropertiesTest {

    private static SmartRecruitersProperties with(List<PartnerConfiguration.Field> fields) {
        return new SmartRecruitersProperties(URI.create("https://sr.example.test"), null, null,
                ConsentDisplayMode.REDIRECT, List.of("SKILL_TEST"), Duration.ofSeconds(5), Duration.ofSeconds(15),
                false, 10, 8, 4, fields);
    }

    private static PartnerConfiguration.Field field(String id) {
        return new PartnerConfiguration.Field(id, "Name of " + id, "What " + id + " means");
    }

    @Test
    void announcesConfiguredFieldsAndNoneByDefault() {
        assertThat(with(List.of(field("language"), field("level"))).fieldIds()).containsExactly("language", "level");
        assertThat(with(List.of()).fieldIds()).isEmpty();
    }

    @Test
    void refusesMoreThanFiveFieldsBadIdsDuplicatesAndMissingTexts() {
        assertThatThrownBy(() -> with(IntStream.range(0, 6).mapToObj(i -> field("f" + i)).toList()))
                .hasMessageContaining("at most 5");
        assertThatThrownBy(() -> with(List.of(field("has space")))).hasMessageContaining("fields[0].id");
        assertThatThrownBy(() -> with(List.of(field("x".repeat(65))))).hasMessageContaining("fields[0].id");
        assertThatThrownBy(() -> with(List.of(field("Country-Code")))).hasMessageContaining("own parameters");
        assertThatThrownBy(() -> with(List.of(field("level"), field("level")))).hasMessageContaining("twice");
        assertThatThrownBy(() -> with(List.of(new PartnerConfiguration.Field("level", " ", "d"))))
                .hasMessageContaining("fields[0].name");
        assertThatThrownBy(() -> with(List.of(field("a"), new PartnerConfiguration.Field("level", "n", ""))))
                .hasMessageContaining("fields[1].description");
    }
}
