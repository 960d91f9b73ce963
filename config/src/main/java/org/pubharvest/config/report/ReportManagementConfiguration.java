package org.pubharvest.config.report;

import java.time.Clock;

import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report at {@code /report} on the management server (where {@code serve} answers Actuator), beside
 * {@code /actuator}: registered in the management context (see
 * {@code META-INF/spring/...ManagementContextConfiguration.imports}), which reaches the application's beans.
 */
@ManagementContextConfiguration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ReportManagementConfiguration {

    @Bean
    ServletRegistrationBean<ReportServlet> reportServlet(JdbcClient jdbc, Clock clock) {
        return new ServletRegistrationBean<>(new ReportServlet(jdbc, clock), "/report");
    }
}
