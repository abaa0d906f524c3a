package com.shareyoursales.leads.payments.internal;

import java.util.Map;

/**
 * Decodes HTML character references the way PHP's {@code html_entity_decode(..., ENT_QUOTES, 'UTF-8')} does for what
 * CMI sends back: numeric ones ({@code &#39;}, {@code &#x27;}) and the common named ones; anything else stays.
 */
final class HtmlEntities {

	private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos",
			"'", "nbsp", "\u00a0");

	private HtmlEntities() {
	}

	static String decode(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int semicolon = text.charAt(i) == '&' ? text.indexOf(';', i) : -1;
			String decoded = semicolon > i && semicolon - i <= 10 ? reference(text.substring(i + 1, semicolon)) : null;
			if (decoded != null) {
				out.append(decoded);
				i = semicolon + 1;
			}
			else {
				out.append(text.charAt(i++));
			}
		}
		return out.toString();
	}

	private static String reference(String name) {
		try {
			if (name.startsWith("#x") || name.startsWith("#X")) {
				return Character.toString(Integer.parseInt(name.substring(2), 16));
			}
			if (name.startsWith("#")) {
				return Character.toString(Integer.parseInt(name.substring(1)));
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return NAMED.get(name);
	}

}
