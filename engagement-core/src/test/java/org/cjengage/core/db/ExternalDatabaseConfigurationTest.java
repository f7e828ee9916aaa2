package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ExternalDatabaseConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class));

    @Test
    void aConfiguredDatasourceUrlSwitchesTheEmbeddedServerOff() {
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db.example.org:3306/cjengage")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedDatabaseAutoConfiguration.class);
                    assertThat(context).doesNotHaveBean(DataSource.class);
                });
    }

    @Test
    void aDataSourceDefinedByTheHostApplicationIsKept() {
        DataSource host = new org.springframework.jdbc.datasource.SimpleDriverDataSource();
        runner.withBean("hostDataSource", DataSource.class, () -> host)
                .run(context -> assertThat(context.getBean(DataSource.class)).isSameAs(host));
    }
}
