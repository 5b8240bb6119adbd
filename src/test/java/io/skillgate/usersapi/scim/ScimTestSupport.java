package io.skillgate.usersapi.scim;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.UserService;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.support.ApiKeyFixture;
import io.skillgate.support.MovableClockConfiguration;

/** The SCIM tests' common ground: the real app on MariaDB, a new company per test and a client with its scim key. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
abstract class ScimTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserService users;

    @Autowired
    AccessGroupService groups;

    ApiKeyFixture fixture;
    ApiKeyFixture.Tenant tenant;
    String token;
    ScimClient scim;

    @BeforeEach
    void aCompanyWithAScimKey() {
        fixture = new ApiKeyFixture(context);
        tenant = fixture.tenant("Scim " + getClass().getSimpleName());
        token = fixture.key(tenant, ApiKeyScope.SCIM).token();
        scim = new ScimClient(mvc, json, token);
    }
}
