package org.pubharvest.config.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pubharvest.config.HarvestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;

/** Starts the Spring side for the commands that need it. */
final class Applications {

    private Applications() {
    }

    /**
     * The full application: warehouse (migrated by Flyway), job repository, harvest job. The
     * caller closes it; Spring's shutdown hook is off so that SIGTERM is handled by
     * {@link GracefulStop}, which lets the running chunk finish first.
     */
    static ConfigurableApplicationContext harvest(List<String> properties) {
        return new SpringApplicationBuilder(HarvestApplication.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .logStartupInfo(false)
                .run(properties.toArray(String[]::new));
    }

    /**
     * The full application with Actuator on the management server ({@code management.server.port} and
     * {@code .address}: loopback, 8081 unless set). The application has no endpoints of its own, so its
     * main server is switched off ({@code server.port=-1}). Defaults only: each can be set like any property.
     */
    static ConfigurableApplicationContext serve(List<String> properties) {
        return new SpringApplicationBuilder(HarvestApplication.class)
                .web(WebApplicationType.SERVLET)
                .registerShutdownHook(false)
                .logStartupInfo(false)
                .properties(Map.of(
                        "management.server.port", "8081",
                        "management.server.address", "127.0.0.1",
                        "server.port", "-1"))
                .run(properties.toArray(String[]::new));
    }

    /** Where a context started by {@link #serve} answers Actuator: the management address and the port it got. */
    static String actuatorUrl(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        return "http://" + environment.getProperty("management.server.address") + ":"
                + environment.getProperty("local.management.port", environment.getProperty("management.server.port", ""))
                + "/actuator";
    }

    /**
     * The full application for a command that only reads, such as {@code status}: connected as the
     * read-only reporting user at a url that reaches the warehouse now (an H2 file held by a harvest is
     * read through the holder's server), with no migration and no read server of its own. The caller's own
     * values of these settings are dropped, since an option given twice would reach Spring as both values
     * joined by a comma.
     */
    static ConfigurableApplicationContext reading(List<String> properties, ReportingConnection reporting, String url) {
        Map<String, String> reader = Map.of("spring.datasource.url", url,
                "spring.datasource.username", reporting.user(),
                "spring.datasource.password", reporting.password(),
                "spring.flyway.enabled", "false",
                "pubharvest.warehouse.read-only", "true");
        List<String> arguments = new ArrayList<>(properties.stream()
                .filter(argument -> !reader.containsKey(argument.replaceFirst("^--", "").split("=", 2)[0])).toList());
        reader.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return harvest(arguments);
    }

    /** Only the resolved configuration (application.yml, environment, arguments): nothing is started. */
    static ConfigurableApplicationContext settingsOnly(List<String> properties) {
        return new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(properties.toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    static class SettingsOnly {
    }
}
