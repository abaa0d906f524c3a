package com.shareyoursales.leads.leads;

/**
 * Law 09-08: once submitted, an influencer no longer sees the customer's full contact details. The phone keeps its
 * last two digits, the e-mail its first character and domain.
 */
final class ContactMasking {

	private ContactMasking() {
	}

	static String phone(String phone) {
		if (phone == null || phone.length() <= 2) {
			return phone;
		}
		return "*".repeat(phone.length() - 2) + phone.substring(phone.length() - 2);
	}

	static String email(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

}
