package org.pubharvest.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * H2 closes its databases from a JVM shutdown hook of its own. On SIGTERM that would pull the
 * warehouse from under the chunk that {@code GracefulStop} lets finish, so H2 urls get
 * {@code DB_CLOSE_ON_EXIT=FALSE}: the database closes when the application closes its pool.
 * H2 refuses that setting together with {@code AUTO_SERVER=TRUE}; such a url is left as it is,
 * and a SIGTERM then ends the run abruptly (the next start recovers and restarts it).
 */
class H2ShutdownControl implements BeanPostProcessor {

    static final String SETTING = "DB_CLOSE_ON_EXIT=FALSE";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            properties.setUrl(withoutCloseOnExit(properties.getUrl()));
        }
        return bean;
    }

    static String withoutCloseOnExit(String url) {
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        if (!upper.startsWith("JDBC:H2:") || upper.contains("DB_CLOSE_ON_EXIT") || upper.contains("AUTO_SERVER=TRUE")) {
            return url;
        }
        return url + ";" + SETTING;
    }
}
