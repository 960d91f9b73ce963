package org.pubharvest.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.cli.Cli;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.WarehouseDocument;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code docs/warehouse.md} against the warehouse itself: the schema Flyway migrates (read from
 * H2's INFORMATION_SCHEMA after {@code demo}) has exactly the documented tables, views and
 * columns, and every example query prints the output the page shows on the sample site.
 */
class WarehouseDocumentationIT {

    @TempDir
    static Path directory;

    private static String database;

    @BeforeAll
    static void harvestTheSampleSite() {
        database = "jdbc:h2:file:" + directory.resolve("warehouse");
        assertThat(cli(new ByteArrayOutputStream(), "demo", "--spring.datasource.url=" + database)).isEqualTo(Cli.OK);
    }

    @Test
    void everyTableViewAndColumnOfTheMigratedSchemaIsDocumentedAndNoOther() throws Exception {
        Map<String, List<WarehouseDocument.Column>> documented = WarehouseDocument.read().relations();
        Map<String, List<WarehouseDocument.Column>> live = liveSchema();

        assertThat(documented.keySet()).as("tables and views in docs/warehouse.md")
                .containsExactlyInAnyOrderElementsOf(live.keySet());
        live.forEach((relation, columns) -> {
            List<String> names = columns.stream().map(WarehouseDocument.Column::name).toList();
            assertThat(documented.get(relation)).as("columns of %s in docs/warehouse.md, in the schema's order", relation)
                    .extracting(WarehouseDocument.Column::name).containsExactlyElementsOf(names);
            for (int index = 0; index < columns.size(); index++) {
                assertThat(documented.get(relation).get(index).nullable()).as("whether %s.%s may be null", relation,
                        names.get(index)).isEqualTo(columns.get(index).nullable());
            }
        });
    }

    @Test
    void theLibrariesTablesAreDocumentedAsAGroup() throws Exception {
        String text = WarehouseDocument.read().text();
        TreeSet<String> libraryTables = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(database + ";ACCESS_MODE_DATA=r", H2Owner.USER, H2Owner.password(database));
             Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("""
                     SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'
                     AND (table_name LIKE 'BATCH\\_%' OR table_name = 'flyway_schema_history')""")) {
            while (tables.next()) {
                libraryTables.add(tables.getString(1));
            }
        }
        assertThat(libraryTables).hasSize(7).allSatisfy(table -> assertThat(text).contains("`" + table + "`"));
    }

    @Test
    void everyExampleQueryPrintsTheOutputShown() throws Exception {
        List<WarehouseDocument.Example> examples = WarehouseDocument.read().examples();

        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        for (WarehouseDocument.Example example : examples) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = cli(out, "query", example.sql(), "--format=" + example.format(), "--spring.datasource.url=" + database);
            assertThat(exit).as(example.sql()).isEqualTo(Cli.OK);
            assertThat(out.toString(StandardCharsets.UTF_8)).as(example.sql()).isEqualTo(example.output());
        }
    }

    @Test
    void theH2WebConsoleIsOff() throws Exception {
        List<PropertySource<?>> settings = new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yml"));

        assertThat(settings.get(0).getProperty("spring.h2.console.enabled")).isEqualTo(false);
    }

    /** Warehouse tables and views (not the libraries' tables), with their columns in order. */
    private static Map<String, List<WarehouseDocument.Column>> liveSchema() throws Exception {
        Map<String, List<WarehouseDocument.Column>> relations = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(database + ";ACCESS_MODE_DATA=r", H2Owner.USER, H2Owner.password(database));
             Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("""
                     SELECT c.table_name, c.column_name, c.data_type, c.is_nullable
                     FROM information_schema.columns c
                     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                     WHERE c.table_schema = 'PUBLIC' AND t.table_type IN ('BASE TABLE', 'VIEW')
                     AND c.table_name NOT LIKE 'BATCH\\_%' AND c.table_name <> 'flyway_schema_history'
                     ORDER BY c.table_name, c.ordinal_position""")) {
            while (columns.next()) {
                relations.computeIfAbsent(columns.getString(1).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(new WarehouseDocument.Column(columns.getString(2).toLowerCase(Locale.ROOT),
                                columns.getString(3), columns.getString(4).equals("YES")));
            }
        }
        return relations;
    }

    private static int cli(ByteArrayOutputStream out, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(args);
    }
}
