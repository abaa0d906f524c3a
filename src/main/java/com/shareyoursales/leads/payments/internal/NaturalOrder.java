package com.shareyoursales.leads.payments.internal;

import java.util.Comparator;
import java.util.Locale;

/**
 * PHP's {@code natcasesort} order, which CMI's kit uses for field names: case-insensitive, and runs of digits compared
 * by their numeric value ({@code field2} before {@code field10}).
 */
final class NaturalOrder {

	static final Comparator<String> CASE_INSENSITIVE = NaturalOrder::compare;

	private NaturalOrder() {
	}

	static int compare(String left, String right) {
		String a = left.toLowerCase(Locale.ROOT);
		String b = right.toLowerCase(Locale.ROOT);
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int byValue = new java.math.BigInteger(a.substring(i, endA))
					.compareTo(new java.math.BigInteger(b.substring(j, endB)));
				if (byValue != 0) {
					return byValue;
				}
				i = endA;
				j = endB;
			}
			else {
				if (x != y) {
					return Character.compare(x, y);
				}
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	private static int digitsEnd(String text, int from) {
		int end = from;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

}
