package org.pubharvest.config.warehouse;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether this process opens an H2 warehouse file as its owner (not only to read it): then it serves it to readers. */
public class HoldsH2File implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !environment.getProperty("pubharvest.warehouse.read-only", Boolean.class, false)
                && H2WarehouseFiles.forUrl(environment.getProperty("spring.datasource.url")).isPresent();
    }
}
