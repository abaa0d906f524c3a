package com.shareyoursales.leads.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.deposits.DepositAccounts;
import com.shareyoursales.leads.deposits.DepositBalance;
import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.payments.internal.ExternalKeys;
import com.shareyoursales.leads.payments.internal.PaymentGateway;
import com.shareyoursales.leads.payments.internal.PaymentGateway.Checkout;
import com.shareyoursales.leads.payments.internal.PaymentProblems;
import com.shareyoursales.leads.payments.internal.PaymentRows;
import com.shareyoursales.leads.payments.internal.PaymentRows.NewPayment;
import com.shareyoursales.leads.payments.internal.PaymentsProperties;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant funds a deposit: opens it with a first payment, or recharges it. Either way a PENDING payment is
 * written and started with its provider; the deposit is credited only later, when the provider (or an admin, for a
 * bank transfer) confirms the payment.
 */
@Service
public class Recharges {

	/** Why a payment was made (the {@code purpose} column). */
	public enum Purpose {

		INITIAL, RECHARGE, AUTO_RECHARGE

	}

	private final DepositLedger ledger;

	private final DepositAccounts deposits;

	private final CampaignCatalog campaigns;

	private final UserDirectory users;

	private final PaymentRows payments;

	private final List<PaymentGateway> gateways;

	private final PaymentsProperties properties;

	Recharges(DepositLedger ledger, DepositAccounts deposits, CampaignCatalog campaigns, UserDirectory users,
			PaymentRows payments, List<PaymentGateway> gateways, PaymentsProperties properties) {
		this.ledger = ledger;
		this.deposits = deposits;
		this.campaigns = campaigns;
		this.users = users;
		this.payments = payments;
		this.gateways = gateways;
		this.properties = properties;
	}

	/** Opens the merchant's general deposit (or one dedicated to its campaign) and starts its first payment. */
	@Transactional
	public RechargeStarted open(CurrentUser user, UUID campaignId, BigDecimal amount, PaymentMethod method) {
		user.require(Role.MERCHANT);
		BigDecimal checked = checkedAmount(amount);
		if (campaignId != null) {
			campaigns.find(campaignId)
				.filter(campaign -> campaign.merchantId().equals(user.id()))
				.orElseThrow(() -> DomainException.notFound("Campaign"));
		}
		UUID depositId = ledger.open(user.id(), campaignId);
		return start(user.id(), depositId, checked, method, Purpose.INITIAL, false);
	}

	/** Adds funds to one of the merchant's deposits. */
	@Transactional
	public RechargeStarted recharge(CurrentUser user, UUID depositId, BigDecimal amount, PaymentMethod method,
			boolean saveCard) {
		user.require(Role.MERCHANT);
		BigDecimal checked = checkedAmount(amount);
		DepositBalance deposit = deposits.find(depositId)
			.filter(found -> found.merchantId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("Deposit"));
		return start(user.id(), deposit.depositId(), checked, method, Purpose.RECHARGE, saveCard);
	}

	/**
	 * Starts a payment for a deposit whose ownership the caller has checked (auto-recharge runs as the system).
	 * Must run inside the caller's transaction.
	 */
	@Transactional
	public RechargeStarted start(UUID merchantId, UUID depositId, BigDecimal amount, PaymentMethod method,
			Purpose purpose, boolean saveCard) {
		PaymentGateway gateway = gateway(method);
		UserProfile merchant = users.find(merchantId).orElseThrow(() -> DomainException.notFound("Merchant"));
		UUID paymentId = payments.insert(new NewPayment(merchantId, depositId, method, purpose.name(),
				checkedAmount(amount), ExternalKeys.next()));
		Checkout checkout = gateway.start(payments.find(paymentId).orElseThrow(), merchant, saveCard);
		return new RechargeStarted(deposits.find(depositId).orElseThrow(), payments.find(paymentId).orElseThrow(),
				checkout.checkoutUrl(), checkout.cmiForm(), checkout.bankTransfer());
	}

	/** More than zero, at most the configured maximum, at most two decimals; a refusal names the field. */
	BigDecimal checkedAmount(BigDecimal amount) {
		if (amount == null) {
			throw DomainException.invalidField("amount", "REQUIRED", "The amount is required");
		}
		if (!Money.hasAtMostTwoDecimals(amount)) {
			throw DomainException.invalidField("amount", "TOO_MANY_DECIMALS", "At most two decimals");
		}
		if (amount.signum() <= 0 || amount.compareTo(properties.rechargeMax()) > 0) {
			throw DomainException.invalidField("amount", "OUT_OF_RANGE",
					"The amount must be more than 0 and at most " + properties.rechargeMax().toPlainString() + " MAD");
		}
		return Money.normalize(amount);
	}

	private PaymentGateway gateway(PaymentMethod method) {
		return gateways.stream()
			.filter(gateway -> gateway.method() == method)
			.findFirst()
			.orElseThrow(() -> PaymentProblems.methodUnavailable(method));
	}

}
