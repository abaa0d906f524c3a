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
		String title = messages.getMessage(key + ".title", arguments, locale);
		String body = messages.getMessage(key + ".body", arguments, locale);
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
