package com.shareyoursales.leads.payments.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the payments module ({@code leads.payments.*}; application.yml maps LEADS_RECHARGE_MAX,
 * LEADS_BANK_TRANSFER_DETAILS and the platform's legal details onto them).
 *
 * @param rechargeMax the largest single payment, in MAD
 * @param bankTransferDetails the platform's bank details (RIB) shown to merchants paying by transfer
 * @param legal the platform's legal identity, printed on receipts
 */
@ConfigurationProperties("leads.payments")
public record PaymentsProperties(BigDecimal rechargeMax, String bankTransferDetails, Legal legal) {

	public PaymentsProperties {
		rechargeMax = rechargeMax == null ? new BigDecimal("1000000.00") : rechargeMax;
		bankTransferDetails = bankTransferDetails == null ? "" : bankTransferDetails;
		legal = legal == null ? new Legal(null, null, null) : legal;
	}

	/**
	 * @param name the company's legal name
	 * @param address its registered address
	 * @param ice its Identifiant Commun de l'Entreprise
	 */
	public record Legal(String name, String address, String ice) {

		public Legal {
			name = name == null || name.isBlank() ? "ShareYourSales" : name;
			address = address == null ? "" : address;
			ice = ice == null ? "" : ice;
		}

	}

}
