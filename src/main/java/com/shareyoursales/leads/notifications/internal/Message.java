package com.shareyoursales.leads.notifications.internal;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What to tell, before it is rendered in the recipient's language.
 *
 * @param cause what happened, unique per occurrence ("lead-submitted:{leadId}"); with the recipient and the
 * channel it is the dedupe key
 * @param type the template (and the notification's type)
 * @param data what the web app needs to link the notification (ids)
 * @param arguments the template's arguments, formatted for a language
 * @param receiptOf the payment whose PDF receipt the e-mail carries (rendered when it is sent), or null
 */
public record Message(String cause, String type, Map<String, Object> data, Function<String, Object[]> arguments,
		UUID receiptOf) {

	public Message(String cause, String type, Map<String, Object> data, Function<String, Object[]> arguments) {
		this(cause, type, data, arguments, null);
	}

}
