package com.shareyoursales.leads.analytics.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data generator mode ({@code leads.generate.*}): with {@code leads} above zero the service fills its database
 * on start-up, then exits unless {@code serve} is true.
 *
 * @param leads how many leads to generate (0 = generator off)
 * @param merchants merchants to create
 * @param influencers influencers to create
 * @param seed seed of PostgreSQL's random()
 * @param serve keep serving HTTP after generating
 */
@ConfigurationProperties("leads.generate")
public record GeneratorProperties(long leads, int merchants, int influencers, long seed, boolean serve) {

	public GeneratorProperties {
		merchants = merchants <= 0 ? 300 : merchants;
		influencers = influencers <= 0 ? 3000 : influencers;
	}

}
