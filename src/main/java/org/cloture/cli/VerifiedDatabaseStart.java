package org.cloture.cli;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer;

/**
 * The start of a command on a database that the last command checked and closed, unchanged since
 * ({@code store.VerifiedDatabase}): nothing to migrate or create, so Flyway and the Batch schema script are not
 * even built (≈ 0.1 s of every start). Their bean definitions are removed, with the other beans' waits on them.
 * A post-processor rather than {@code spring.flyway.enabled=false}: the batch commands' bean definitions are
 * decided at build time (Spring AOT), where conditions on properties no longer apply.
 */
final class VerifiedDatabaseStart implements BeanFactoryPostProcessor {

    private static final List<Class<?>> INITIALIZERS = List.of(Flyway.class, FlywayMigrationInitializer.class,
            AbstractScriptDatabaseInitializer.class);

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
        Set<String> removed = new HashSet<>();
        for (String name : beanFactory.getBeanDefinitionNames()) {
            Class<?> type = beanFactory.getType(name, false);
            if (type != null && INITIALIZERS.stream().anyMatch(initializer -> initializer.isAssignableFrom(type))) {
                registry.removeBeanDefinition(name);
                removed.add(name);
            }
        }
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (definition.getDependsOn() != null) {
                definition.setDependsOn(Arrays.stream(definition.getDependsOn()).filter(on -> !removed.contains(on))
                        .toArray(String[]::new));
            }
        }
    }
}
