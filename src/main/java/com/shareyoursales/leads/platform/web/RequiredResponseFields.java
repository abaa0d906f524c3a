package com.shareyoursales.leads.platform.web;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Marks every component of a response record {@code required}, so that a client generated from the document (the
 * web app's typed client) sees a field the service always writes as always there. Jackson writes nulls, so a
 * {@link Nullable} component stays required but may be {@code null}; a component that can be left out of the JSON
 * ({@link Optional}, or {@code @Nullable} in a record that skips nulls) stays optional. Request records keep what
 * their bean-validation annotations say.
 */
class RequiredResponseFields implements ModelConverter {

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		Schema schema = definition(resolved, context);
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (schema == null || schema.getProperties() == null || !raw.isRecord()
				|| raw.getSimpleName().endsWith("Request")) {
			return resolved;
		}
		boolean skipsNulls = skipsNulls(raw);
		List<String> required = new ArrayList<>();
		Map<String, Schema> properties = schema.getProperties();
		for (RecordComponent component : raw.getRecordComponents()) {
			String name = jsonName(component);
			Schema property = properties.get(name);
			if (property == null || Optional.class.equals(component.getType())) {
				continue;
			}
			boolean nullable = isNullable(component);
			if (nullable && skipsNulls) {
				continue;
			}
			if (nullable) {
				properties.put(name, orNull(property));
			}
			required.add(name);
		}
		schema.setRequired(required);
		return resolved;
	}

	/** A nested model comes back as a {@code $ref}; its properties are in the definition the context holds. */
	@SuppressWarnings("rawtypes")
	private static @Nullable Schema definition(@Nullable Schema resolved, ModelConverterContext context) {
		if (resolved == null || resolved.get$ref() == null) {
			return resolved;
		}
		String ref = resolved.get$ref();
		return context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	@SuppressWarnings("rawtypes")
	private static Schema orNull(Schema property) {
		Schema none = new Schema<>();
		none.addType("null");
		return new Schema<>().oneOf(List.of(property, none));
	}

	private static boolean isNullable(RecordComponent component) {
		return hasNullable(component) || hasNullable(component.getAnnotatedType());
	}

	private static boolean hasNullable(AnnotatedElement element) {
		return element.isAnnotationPresent(Nullable.class);
	}

	private static boolean skipsNulls(Class<?> record) {
		JsonInclude include = record.getAnnotation(JsonInclude.class);
		return include != null && include.value() != JsonInclude.Include.ALWAYS
				&& include.value() != JsonInclude.Include.USE_DEFAULTS;
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty property = component.getAnnotation(JsonProperty.class);
		return property != null && !property.value().isEmpty() ? property.value() : component.getName();
	}

}
