package org.pubharvest.config.warehouse;

import javax.sql.DataSource;

import org.pubharvest.load.schema.MigrationJournal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Undoes a migration a kill cut short ({@link MigrationJournal}) as soon as the warehouse's DataSource is
 * made, before anyone has a connection: Spring Boot's Flyway set-up opens one to learn the vendor, and the
 * pool keeps it, after which the H2 file cannot be replaced. A DataSource makes no connection when it is
 * made, so this runs before the file is first opened.
 */
public class UndoCutShortMigration implements BeanPostProcessor, Ordered {

    private final ObjectProvider<MigrationJournal> journal;

    public UndoCutShortMigration(ObjectProvider<MigrationJournal> journal) {
        this.journal = journal;
    }

    /** First: {@link SecureOwnerAccount} opens the file, which must be the restored one. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            journal.getObject().undoInterrupted();
        }
        return bean;
    }
}
