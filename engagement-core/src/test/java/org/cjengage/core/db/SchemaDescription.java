package org.cjengage.core.db;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The shape of the current database's tables from information_schema, as sorted text rows, for comparing schemas. */
final class SchemaDescription {

    private static final String NOT_HISTORY = " NOT IN ('flyway_schema_history', 'cjengage_schema_history',"
            + " 'cjengage_legacy_schema_history')";

    static final List<String> QUERIES = List.of(
            "SELECT CONCAT_WS('|', table_name, engine, table_collation) FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name" + NOT_HISTORY,
            "SELECT CONCAT_WS('|', table_name, ordinal_position, column_name, column_type, is_nullable,"
                    + " IFNULL(column_default, '<none>'), extra, IFNULL(character_set_name, '-'), IFNULL(collation_name, '-'))"
                    + " FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name" + NOT_HISTORY,
            "SELECT CONCAT_WS('|', table_name, index_name, non_unique, seq_in_index, column_name, index_type)"
                    + " FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name" + NOT_HISTORY,
            "SELECT CONCAT_WS('|', table_name, constraint_name, constraint_type) FROM information_schema.table_constraints"
                    + " WHERE table_schema = DATABASE() AND table_name" + NOT_HISTORY,
            "SELECT CONCAT_WS('|', table_name, constraint_name, column_name, ordinal_position,"
                    + " IFNULL(referenced_table_name, '-'), IFNULL(referenced_column_name, '-'))"
                    + " FROM information_schema.key_column_usage WHERE table_schema = DATABASE() AND table_name" + NOT_HISTORY,
            "SELECT CONCAT_WS('|', table_name, constraint_name, referenced_table_name, update_rule, delete_rule)"
                    + " FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE()",
            "SELECT CONCAT_WS('|', table_name, constraint_name, check_clause) FROM information_schema.check_constraints"
                    + " WHERE constraint_schema = DATABASE()");

    private SchemaDescription() {
    }

    static List<String> rows(JdbcTemplate jdbc, String query) {
        return jdbc.queryForList(query, String.class).stream().sorted().toList();
    }
}
