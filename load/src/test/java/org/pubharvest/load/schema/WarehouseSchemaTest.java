package org.pubharvest.load.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.load.support.TestWarehouse;
import org.springframework.jdbc.core.JdbcTemplate;

/** The history an older release wrote is accepted where the migrations only became re-runnable, and only there. */
class WarehouseSchemaTest {

    private JdbcDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void warehouse() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void aWarehouseMigratedByAnEarlierReleaseOpensAndItsHistoryTakesTheNewChecksums() {
        flyway("9").migrate();
        // What a release before the re-runnable forms recorded (db/history/superseded-checksums.tsv, the H2 files).
        Map<String, Integer> earlier = Map.of("1", -689223192, "2", 1184038476, "3", 243242025, "5", -1395952949,
                "6", -937818499, "7", -613180742, "8", 1696134478, "9", -154751239);
        earlier.forEach((version, checksum) -> jdbc.update(
                "UPDATE \"flyway_schema_history\" SET \"checksum\" = ? WHERE \"version\" = ?", checksum, version));
        List<WarehouseSchema.Upgrade> told = new ArrayList<>();

        new WarehouseSchema(flyway(null)).migrate(told::add);

        assertThat(told).singleElement().satisfies(upgrade -> {
            assertThat(upgrade.fromVersion()).contains("9");
            assertThat(upgrade.backup()).as("an in-memory database has no file to copy").isEmpty();
        });
        assertThat(flyway(null).validateWithResult().validationSuccessful).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"checksum\" IN ("
                + String.join(", ", earlier.values().stream().map(String::valueOf).toList()) + ")", Integer.class)).isZero();
    }

    @Test
    void anyOtherEditOfAnAppliedMigrationStillFailsValidation() {
        flyway(null).migrate();
        jdbc.update("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '2'");

        assertThatThrownBy(() -> new WarehouseSchema(flyway(null)).migrate(upgrade -> { }))
                .isInstanceOf(FlywayException.class).hasMessageContaining("checksum mismatch");
    }

    @Test
    void aMigrationRecordedAsFailedIsRunAgain() {
        flyway("10").migrate();
        jdbc.update("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (100, '11', 'publication details', 'SQL', 'V11__publication_details.sql', 1, 'sa', 1, FALSE)");

        new WarehouseSchema(flyway(null)).migrate(upgrade -> { });

        assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = FALSE")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'PUBLICATION'"
                + " AND column_name = 'PUBLISHER'", Integer.class)).isOne();
    }

    /**
     * What a SIGKILL soon after an ALTER TABLE can leave in an H2 file: the table's copy beside the whole
     * original, with the foreign keys of the tables that reference it copied too (as the real jar's kill left it).
     */
    @Test
    void aCopyH2LeftOfATableItWasAlteringIsDroppedWithItsCopiedKeysAndNothingElse() {
        flyway(null).migrate();
        List<String> keysBefore = foreignKeys();
        jdbc.execute("CREATE TABLE PUBLICATION_COPY_4_4 (ID BIGINT PRIMARY KEY)");
        jdbc.execute("ALTER TABLE PUBLICATION_AUTHOR ADD CONSTRAINT PUBLICATION_COPY_4_4_CONSTRAINT_D4"
                + " FOREIGN KEY (PUBLICATION_ID) REFERENCES PUBLICATION_COPY_4_4 (ID)");
        jdbc.execute("CREATE TABLE NOTHING_COPY_1_2 (ID BIGINT)");

        new WarehouseSchema(flyway(null)).migrate(upgrade -> { });

        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%COPY%'",
                String.class)).containsExactly("NOTHING_COPY_1_2");
        assertThat(foreignKeys()).as("the original tables' own keys").isEqualTo(keysBefore);
    }

    private List<String> foreignKeys() {
        return jdbc.queryForList("SELECT table_name || '.' || constraint_name FROM information_schema.table_constraints"
                + " WHERE constraint_type = 'FOREIGN KEY' ORDER BY 1", String.class);
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .placeholders(Map.of("reportingUser", "reporting", "reportingPassword", "reporting"))
                .javaMigrations(TestWarehouse.pageBodiesToWarc());
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
