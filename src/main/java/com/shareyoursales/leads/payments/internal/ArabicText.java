package com.shareyoursales.leads.payments.internal;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * OpenPDF draws glyphs left to right as given and does not join Arabic letters. ICU shapes the letters into their
 * contextual forms (presentation forms, which the embedded font has) and reorders the line into visual order, so
 * the receipt reads right to left. Text without right-to-left characters is returned as it is.
 */
final class ArabicText {

	private ArabicText() {
	}

	static String visual(String logical) {
		if (logical == null || !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
			return logical;
		}
		try {
			String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
					| ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
			Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
			return bidi.writeReordered(Bidi.DO_MIRRORING);
		}
		catch (ArabicShapingException ex) {
			return logical;
		}
	}

}
