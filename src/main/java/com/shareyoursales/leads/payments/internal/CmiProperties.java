package com.shareyoursales.leads.payments.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * CMI settings (LEADS_CMI_CLIENT_ID, LEADS_CMI_STORE_KEY, LEADS_CMI_GATEWAY_URL). Without a client id and a store
 * key, CMI payments are unavailable.
 *
 * @param clientId the merchant id CMI gave the platform
 * @param storeKey the secret that keys the ver3 hash
 * @param gatewayUrl where the browser posts the form
 */
@ConfigurationProperties("leads.cmi")
public record CmiProperties(String clientId, String storeKey, String gatewayUrl) {

	public CmiProperties {
		clientId = clientId == null ? "" : clientId.trim();
		storeKey = storeKey == null ? "" : storeKey;
		gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? "https://testpayment.cmi.co.ma/fim/est3Dgate"
				: gatewayUrl.trim();
	}

	public boolean enabled() {
		return !clientId.isEmpty() && !storeKey.isEmpty();
	}

}
