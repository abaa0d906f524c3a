package com.shareyoursales.leads.payments.internal;

import java.util.Map;

import com.shareyoursales.leads.payments.PaymentMethod;

/** The receipt's wording in the three languages of the product (French by default). */
record ReceiptTexts(String title, String number, String date, String issuer, String ice, String paidBy,
		String email, String amount, String inWords, String method, String reference, String providerReference, String thanks,
		Map<PaymentMethod, String> methods) {

	static ReceiptTexts of(String language) {
		return switch (language == null ? "fr" : language) {
			case "ar" -> new ReceiptTexts("وصل أداء", "رقم الوصل", "التاريخ", "المُصدِر", "التعريف الموحد للمقاولة",
					"أداء من طرف", "البريد الإلكتروني", "المبلغ", "المبلغ بالحروف", "طريقة الأداء", "المرجع", "مرجع مقدم الخدمة",
					"شكرا على ثقتكم",
					Map.of(PaymentMethod.BANK_TRANSFER, "تحويل بنكي", PaymentMethod.STRIPE, "بطاقة بنكية (Stripe)",
							PaymentMethod.CMI, "بطاقة بنكية (CMI)"));
			case "en" -> new ReceiptTexts("Payment receipt", "Receipt number", "Date", "Issued by", "ICE", "Paid by",
					"Email", "Amount", "Amount in words", "Payment method", "Reference", "Provider reference",
					"Thank you for your trust",
					Map.of(PaymentMethod.BANK_TRANSFER, "Bank transfer", PaymentMethod.STRIPE, "Card (Stripe)",
							PaymentMethod.CMI, "Card (CMI)"));
			default -> new ReceiptTexts("Reçu de paiement", "Numéro du reçu", "Date", "Émis par", "ICE", "Payé par",
					"E-mail", "Montant", "Montant en lettres", "Moyen de paiement", "Référence", "Référence du prestataire",
					"Merci de votre confiance",
					Map.of(PaymentMethod.BANK_TRANSFER, "Virement bancaire", PaymentMethod.STRIPE,
							"Carte bancaire (Stripe)", PaymentMethod.CMI, "Carte bancaire (CMI)"));
		};
	}

}
