package com.shareyoursales.leads.platform;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's own settings ({@code leads.*}); application.yml maps the documented environment variables
 * (LEADS_DATA_DIR, LEADS_JWT_SECRET...) onto them.
 *
 * @param dataDir where the embedded database and the generated JWT key live
 * @param database how the embedded database runs when no datasource URL is given
 * @param publicUrl the address browsers and payment providers use to reach the service
 */
@ConfigurationProperties("leads")
public record LeadsProperties(Path dataDir, Database database, String publicUrl) {

	public LeadsProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		database = database == null ? new Database(true, false, 10, null) : database;
		publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl;
	}

	/**
	 * @param durable fsync and synchronous_commit on: a deposit acknowledged to a merchant survives a power cut
	 * @param ephemeral one throw-away server per JVM in a temporary directory (tests)
	 * @param poolSize connections in the application's pool
	 * @param serverSettings more settings of the embedded server, by name (e.g. to load pg_stat_statements for a
	 * profile: {@code --leads.database.server-settings[shared_preload_libraries]=pg_stat_statements}); read when the
	 * server starts
	 */
	public record Database(boolean durable, boolean ephemeral, int poolSize, Map<String, String> serverSettings) {

		public Database {
			serverSettings = serverSettings == null ? Map.of() : Map.copyOf(serverSettings);
		}

	}

}
