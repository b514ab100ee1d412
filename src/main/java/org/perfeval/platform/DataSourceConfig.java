package org.perfeval.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The one data source of the application: domain tables and Flowable's tables, one JTA pool. */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "org.perfeval.platform.PerfevalDataSource",
        minPoolSize = 2,
        initialPoolSize = 2,
        maxPoolSize = 24,
        maxIdleTime = 300)
@ApplicationScoped
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/perfeval";
}
