package org.pubharvest.config.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Opens an H2 warehouse file once before the pool makes its first connection, for two things. When the
 * settings leave the owner's password empty (the default), the owner account gets the generated password
 * of {@link OwnerPassword}: a file made by an earlier version, or restored from a backup that was, has its
 * empty password replaced; a password set in the settings is left as it is. And a file another process
 * holds is said in one line that names the holder ({@link ReadServerFile}), before Spring starts anything
 * else. Runs after {@link UndoCutShortMigration}, whose restore may bring back a file of
 * an earlier version.
 */
public class SecureOwnerAccount implements BeanPostProcessor, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SecureOwnerAccount.class);
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            H2WarehouseFiles.forUrl(pool.getJdbcUrl()).ifPresent(files -> open(files, pool));
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void open(H2WarehouseFiles files, HikariDataSource pool) {
        boolean generated = pool.getPassword() == null || pool.getPassword().isEmpty();
        String password = generated ? OwnerPassword.readOrCreate(files) : pool.getPassword();
        if (files.exists()) {
            probe(files, pool.getJdbcUrl(), pool.getUsername(), password, generated);
        } // else H2 makes the file, and the owner account with this password
        if (generated) {
            pool.setPassword(password);
        }
    }

    /** Opens the file once: finds it held by another process, or gives it the generated password. */
    private static void probe(H2WarehouseFiles files, String jdbcUrl, String user, String password, boolean generated) {
        String url = existingOnly(jdbcUrl);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw WarehouseInUseException.h2File(ReadServerFile.ofLiveHolder(files.readServer()).map(ReadServerFile::holder));
            }
            if (e.getErrorCode() != H2_WRONG_USER_OR_PASSWORD || !generated) {
                return; // not ours to say: the pool meets the same failure, and its handling says it
            }
        }
        replaceEmptyPassword(url, user, password, files);
    }

    private static void replaceEmptyPassword(String url, String user, String password, H2WarehouseFiles files) {
        if (!PLAIN_NAME.matcher(user).matches()) {
            throw new WarehouseAccessException("the owner account '" + user + "' of " + files.database()
                    + " is not a plain name; set spring.datasource.password for it");
        }
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            // The password is url-safe base64, so it needs no escaping in the literal.
            statement.execute("ALTER USER " + user.toUpperCase(Locale.ROOT) + " SET PASSWORD '" + password + "'");
            log.info("the owner account of {} now has a generated password, kept in {} (readable by you only)",
                    files.database(), files.ownerPassword());
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD) {
                throw new WarehouseAccessException("the owner account '" + user + "' of " + files.database()
                        + " takes neither the password in " + files.ownerPassword()
                        + " nor an empty one; set spring.datasource.password to its password");
            }
            throw new WarehouseAccessException("cannot open " + files.database() + ": " + Optional.ofNullable(e.getMessage())
                    .flatMap(message -> message.lines().findFirst()).orElse(e.toString()));
        }
    }

    private static String existingOnly(String url) {
        return url.toUpperCase(Locale.ROOT).contains("IFEXISTS") ? url : url + ";IFEXISTS=TRUE";
    }
}
