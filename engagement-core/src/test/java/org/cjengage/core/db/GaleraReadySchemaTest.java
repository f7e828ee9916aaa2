package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema the migrations build can run on a MariaDB Galera cluster (docs/operations.md): every table
 * InnoDB (the only engine Galera replicates) with a primary key.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class GaleraReadySchemaTest {

    @Autowired JdbcClient jdbc;

    @Test
    void everyTableIsInnoDbAndHasAPrimaryKey() {
        assertThat(jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'""")
                .query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT t.table_name FROM information_schema.tables t
                        WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                          AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                          WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                            AND c.constraint_type = 'PRIMARY KEY')""")
                .query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")
                .query(Integer.class).single()).isGreaterThan(20);
    }
}
