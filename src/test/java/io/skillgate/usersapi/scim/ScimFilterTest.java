package io.skillgate.usersapi.scim;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filter and path forms we accept, and that everything else is refused. */
class ScimFilterTest {

    private static final Set<String> USER = ScimUsersController.FILTERS;

    @Test
    void readsAttributeEqStringIgnoringCaseOfNameAndOperator() {
        assertThat(ScimFilter.parse("userName eq \"ada@x.test\"", Scim.USER, USER))
                .isEqualTo(new ScimFilter("username", "ada@x.test"));
        assertThat(ScimFilter.parse("  UserName   EQ   \"a\\\"b\\\\c\"  ", Scim.USER, USER))
                .isEqualTo(new ScimFilter("username", "a\"b\\c"));
        assertThat(ScimFilter.parse("emails[type eq \"work\"].value eq \"x\"", Scim.USER, USER).attribute())
                .isEqualTo("emails[type eq \"work\"].value");
    }

    @Test
    void refusesEverythingElse() {
        for (String filter : new String[] {"userName sw \"a\"", "userName eq \"a\" or userName eq \"b\"",
                "not (userName eq \"a\")", "userName pr", "userName eq true", "userName eq \"a\" ] x",
                "displayName eq \"a\"", "userName eq \"\\u\""}) {
            assertThatThrownBy(() -> ScimFilter.parse(filter, Scim.USER, USER))
                    .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
        }
        assertThatThrownBy(() -> ScimFilter.parse("userName eq \"" + "a".repeat(1000) + "\"", Scim.USER, USER))
                .isInstanceOf(ScimException.class);
    }

    @Test
    void pathsKeepAttributeSubAttributeAndValueFilter() {
        assertThat(ScimPath.parse("name.givenName", Scim.USER)).isEqualTo(new ScimPath("name", "givenname", null));
        assertThat(ScimPath.parse("urn:ietf:params:scim:schemas:core:2.0:User:active", Scim.USER))
                .isEqualTo(new ScimPath("active", null, null));
        assertThat(ScimPath.parse("members[value eq \"7\"]", Scim.GROUP))
                .isEqualTo(new ScimPath("members", null, new ScimFilter("value", "7")));
        assertThat(ScimPath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", Scim.USER)
                .attribute()).startsWith("urn:");
        assertThatThrownBy(() -> ScimPath.parse("members[value co \"7\"]", Scim.GROUP))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
    }
}
