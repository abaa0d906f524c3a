package com.shareyoursales.leads.payments.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.RechargeStarted.CmiForm;
import com.shareyoursales.leads.platform.LeadsProperties;

import org.springframework.stereotype.Component;

/**
 * CMI's hosted payment page (3D_PAY_HOSTING): the browser posts a form signed with the ver3 hash to CMI; CMI calls
 * our callback with the outcome. The order id ({@code oid}) is the payment's external key.
 */
@Component
class CmiGateway implements PaymentGateway {

	/** ISO 4217 numeric code of the dirham. */
	static final String MAD = "504";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CmiProperties cmi;

	private final LeadsProperties leads;

	CmiGateway(CmiProperties cmi, LeadsProperties leads) {
		this.cmi = cmi;
		this.leads = leads;
	}

	@Override
	public PaymentMethod method() {
		return PaymentMethod.CMI;
	}

	@Override
	public Checkout start(Payment payment, UserProfile merchant, boolean saveCard) {
		if (!cmi.enabled()) {
			throw PaymentProblems.methodUnavailable(PaymentMethod.CMI);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("clientid", cmi.clientId());
		fields.put("amount", payment.amount().toPlainString());
		fields.put("currency", MAD);
		fields.put("oid", payment.externalKey());
		fields.put("okUrl", PaymentGateway.returnUrl(leads.publicUrl(), payment, "success"));
		fields.put("failUrl", PaymentGateway.returnUrl(leads.publicUrl(), payment, "fail"));
		fields.put("shopurl", leads.publicUrl() + "/");
		fields.put("callbackUrl", leads.publicUrl() + "/api/payments/cmi/callback");
		fields.put("TranType", "PreAuth");
		fields.put("storetype", "3D_PAY_HOSTING");
		fields.put("hashAlgorithm", "ver3");
		fields.put("rnd", HexFormat.of().formatHex(randomBytes()));
		fields.put("lang", merchant.locale() == null ? "fr" : merchant.locale());
		fields.put("email", merchant.email());
		fields.put("BillToName", merchant.businessName());
		fields.put("encoding", "UTF-8");
		fields.replaceAll((name, value) -> value.trim());
		fields.put("HASH", CmiHash.ofRequest(fields, cmi.storeKey()));
		return new Checkout(null, new CmiForm(cmi.gatewayUrl(), fields), null);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[10];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
