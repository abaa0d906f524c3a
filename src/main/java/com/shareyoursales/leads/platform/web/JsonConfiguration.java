package com.shareyoursales.leads.platform.web;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Money travels as a JSON string ("50.00"), so no client ever reads it as a floating-point number. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer moneyAsString() {
		return builder -> builder.withConfigOverride(BigDecimal.class,
				override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
	}

}
