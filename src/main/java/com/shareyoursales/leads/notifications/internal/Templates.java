package com.shareyoursales.leads.notifications.internal;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The texts of every notification in French, English and Arabic ({@code notifications/messages_*.properties}),
 * rendered as a title, a plain-text body and an HTML body (right-to-left for Arabic).
 */
@Component
public class Templates {

	/**
	 * One message in one language: the body alone (dashboard, SMS) and the e-mail's text and HTML parts, written only
	 * when asked for (most messages go to the dashboard alone).
	 */
	public record Rendered(String language, String title, String body, String footer) {

		public String text() {
			return body + "\n\n" + footer;
		}

		public String html() {
			return Templates.html(language, title, body, footer);
		}

	}

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	Templates() {
		messages.setBasename("notifications/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	public Rendered render(String key, String language, Object... arguments) {
		String lang = supported(language);
		Locale locale = Locale.forLanguageTag(lang);
		Object[] values = "ar".equals(lang) ? isolated(arguments) : arguments;
		String title = messages.getMessage(key + ".title", values, locale);
		String body = messages.getMessage(key + ".body", values, locale);
		String footer = messages.getMessage("footer", null, locale);
		return new Rendered(lang, title, body, footer);
	}

	public String label(String key, String language) {
		return messages.getMessage(key, null, key, Locale.forLanguageTag(supported(language)));
	}

	/** The label of a code ({@code prefix.CODE}) in the language; the code itself when it has none. */
	public String code(String prefix, String code, String language) {
		if (code == null) {
			return "-";
		}
		String key = prefix + "." + code;
		String label = label(key, language);
		return label.equals(key) ? code : label;
	}

	/**
	 * Each inserted text in a first-strong isolate (U+2068 … U+2069), so that in an Arabic sentence "42,00 MAD" stays
	 * "42,00 MAD" (not "MAD 42,00") and a Latin name stays whole, in e-mails, SMS, WhatsApp and on the dashboard alike.
	 * Only in Arabic: French and English sentences run the same way as the values, and an SMS in French would no
	 * longer fit the GSM alphabet with these characters in it.
	 */
	private static Object[] isolated(Object[] arguments) {
		Object[] isolated = arguments.clone();
		for (int i = 0; i < isolated.length; i++) {
			if (isolated[i] instanceof CharSequence text) {
				isolated[i] = "\u2068" + text + "\u2069";
			}
		}
		return isolated;
	}

	static String supported(String language) {
		return "en".equals(language) || "ar".equals(language) ? language : "fr";
	}

	private static String html(String lang, String title, String body, String footer) {
		String dir = "ar".equals(lang) ? "rtl" : "ltr";
		String align = "ar".equals(lang) ? "right" : "left";
		return """
				<!DOCTYPE html>
				<html lang="%s" dir="%s">
				<head><meta charset="UTF-8"><title>%s</title></head>
				<body style="font-family:Arial,sans-serif;color:#1f1f1f;text-align:%s">
				<h2 style="color:#1677ff">%s</h2>
				<p>%s</p>
				<hr><p style="color:#888;font-size:12px">%s</p>
				</body>
				</html>
				""".formatted(lang, dir, escape(title), align, escape(title), escape(body).replace("\n", "<br>"),
				escape(footer));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
