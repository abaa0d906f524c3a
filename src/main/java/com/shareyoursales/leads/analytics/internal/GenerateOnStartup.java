package com.shareyoursales.leads.analytics.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/** The service's generator mode: {@code --leads.generate.leads=1000000} fills the database, then exits. */
@Component
@ConditionalOnExpression("${leads.generate.leads:0} > 0")
class GenerateOnStartup implements ApplicationRunner {

	private final DemoDataGenerator generator;

	private final GeneratorProperties properties;

	private final ConfigurableApplicationContext context;

	GenerateOnStartup(DemoDataGenerator generator, GeneratorProperties properties,
			ConfigurableApplicationContext context) {
		this.generator = generator;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoDataGenerator.Result result = generator.generate(new DemoDataGenerator.Request(properties.leads(),
				properties.merchants(), properties.influencers(), properties.seed()));
		System.out.printf("Generated %d leads (accounts merchant-%s-N@gen.leads.ma, influencer-%s-N@gen.leads.ma, "
				+ "password %s) in %d s; ledger replay mismatches: %d%n", result.leads(), result.tag(), result.tag(),
				DemoDataGenerator.PASSWORD, result.took().toSeconds(), result.mismatches());
		if (!properties.serve()) {
			System.exit(SpringApplication.exit(context, () -> result.mismatches() == 0 ? 0 : 1));
		}
	}

}
