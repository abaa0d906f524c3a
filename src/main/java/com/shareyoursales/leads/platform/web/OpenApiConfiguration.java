package com.shareyoursales.leads.platform.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: bearer authentication, and money documented as the decimal string it is on the wire. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI leadsOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Leads API")
				.version("1.0")
				.description("Cost-per-lead engine: prepaid deposits in MAD, leads, commissions. Money is a string "
						+ "with two decimals; errors are RFC 9457 problem+json with a stable `code`."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/** No operation names the error body (it comes from exception handlers), so it is added for clients to type it. */
	@Bean
	OpenApiCustomizer problemSchema() {
		return openApi -> openApi.getComponents()
			.getSchemas()
			.putAll(ModelConverters.getInstance(true).readAll(new AnnotatedType(Problem.class)));
	}

	/** The problem+json body that {@link ProblemResponses} and {@link ProblemHandler} write. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Problem(@Nullable String type, String title, int status, @Nullable String detail, String code,
			@Nullable List<ProblemResponses.FieldError> errors) {
	}

	@Bean
	ModelConverter requiredResponseFields() {
		return new RequiredResponseFields();
	}

	@Bean
	ModelConverter moneyAsDecimalString() {
		return (type, context, chain) -> {
			AnnotatedType annotated = type;
			if (annotated.getType() instanceof Class<?> cls && BigDecimal.class.equals(cls)) {
				return new StringSchema().format("decimal").example("50.00");
			}
			if (annotated.getType() instanceof com.fasterxml.jackson.databind.JavaType javaType
					&& BigDecimal.class.equals(javaType.getRawClass())) {
				return new StringSchema().format("decimal").example("50.00");
			}
			return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		};
	}

}
