package org.pubharvest.config.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner account of an H2 warehouse file gets a generated password only its OS user can read. */
class SecureOwnerAccountTest {

    @TempDir
    Path directory;

    @Test
    void aNewFileIsMadeWithTheGeneratedPasswordWhichOnlyItsOwnerCanRead() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("fresh");
        H2WarehouseFiles files = H2WarehouseFiles.forUrl(url).orElseThrow();

        String password = open(url, "").getPassword();

        assertThat(password).hasSizeGreaterThanOrEqualTo(32).isEqualTo(OwnerPassword.read(files));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.ownerPassword()))).isEqualTo("rw-------");
        assertThat(files.exists()).isTrue();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
    }

    @Test
    void aFileOfAnEarlierVersionWithAnEmptyPasswordGetsTheGeneratedOne() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("older");
        try (Connection older = DriverManager.getConnection(url, "sa", "")) {
            older.createStatement().execute("CREATE TABLE kept (id INT)");
        }

        String password = open(url, "").getPassword();

        try (Connection owner = DriverManager.getConnection(url, "sa", password)) {
            assertThat(owner.createStatement().executeQuery("SELECT COUNT(*) FROM kept").next()).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        assertThat(open(url, "").getPassword()).as("the next start reads the same").isEqualTo(password);
    }

    @Test
    void aFileBroughtBackFromAnOlderBackupIsGivenThePasswordAgain() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("restored");
        String password = open(url, "").getPassword();
        try (Connection owner = DriverManager.getConnection(url, "sa", password)) {
            owner.createStatement().execute("ALTER USER SA SET PASSWORD ''"); // as a backup of an earlier version has it
        }

        assertThat(open(url, "").getPassword()).isEqualTo(password);
        DriverManager.getConnection(url, "sa", password).close();
    }

    @Test
    void aPasswordInTheSettingsIsLeftAlone() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("chosen");

        assertThat(open(url, "chosen-by-me").getPassword()).isEqualTo("chosen-by-me");
        assertThat(H2WarehouseFiles.forUrl(url).orElseThrow().ownerPassword()).doesNotExist();
    }

    @Test
    void anOwnerAccountThatTakesNeitherPasswordIsSaidInOneLine() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("foreign");
        DriverManager.getConnection(url, "sa", "someone-elses").close();

        assertThatThrownBy(() -> open(url, "")).isInstanceOf(WarehouseAccessException.class)
                .hasMessageContaining("takes neither the password in").hasMessageContaining("spring.datasource.password");
    }

    @Test
    void aDatabaseInMemoryOrOnAServerIsNotTouched() {
        assertThat(open("jdbc:h2:mem:secure-owner-test", "").getPassword()).isEmpty();
    }

    /** A pool as Spring Boot makes it, through the post-processor, opened once as the application would. */
    private static HikariDataSource open(String url, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword(password);
        new SecureOwnerAccount().postProcessAfterInitialization(pool, "dataSource");
        try (Connection connection = pool.getConnection()) {
            return pool;
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            pool.close();
        }
    }
}
