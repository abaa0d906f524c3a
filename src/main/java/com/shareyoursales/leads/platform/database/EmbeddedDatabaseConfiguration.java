package com.shareyoursales.leads.platform.database;

import javax.sql.DataSource;

import com.shareyoursales.leads.platform.LeadsProperties;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the service brings its own PostgreSQL so that one command starts it.
 * Boot's DataSource auto-configuration backs off and Flyway migrates this database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean
	DataSource dataSource(LeadsProperties properties) {
		LeadsProperties.Database database = properties.database();
		EmbeddedPostgres server = EmbeddedPostgresServer.start(properties.dataDir(), database.durable(),
				database.ephemeral(), database.serverSettings());
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl(EmbeddedPostgresServer.APP_ROLE, EmbeddedPostgresServer.APP_DATABASE));
		dataSource.setUsername(EmbeddedPostgresServer.APP_ROLE);
		dataSource.setPassword(EmbeddedPostgresServer.APP_PASSWORD);
		dataSource.setMaximumPoolSize(database.poolSize());
		dataSource.setPoolName("leads");
		return dataSource;
	}

}
