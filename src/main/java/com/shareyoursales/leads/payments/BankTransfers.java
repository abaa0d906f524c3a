package com.shareyoursales.leads.payments;

import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.payments.internal.PaymentRows;
import com.shareyoursales.leads.payments.internal.Settlement;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin confirms a bank transfer once it shows on the platform's bank statement (crediting the deposit), or
 * rejects it. Confirming twice, or concurrently, credits once.
 */
@Service
public class BankTransfers {

	private final PaymentRows payments;

	private final Settlement settlement;

	BankTransfers(PaymentRows payments, Settlement settlement) {
		this.payments = payments;
		this.settlement = settlement;
	}

	@Transactional
	public Payment confirm(CurrentUser user, UUID paymentId) {
		user.require(Role.ADMIN);
		bankTransfer(paymentId);
		return decided(settlement.succeed(paymentId, null, user.id(), "confirmed by admin " + user.id()),
				PaymentStatus.SUCCEEDED);
	}

	@Transactional
	public Payment reject(CurrentUser user, UUID paymentId, String reason) {
		user.require(Role.ADMIN);
		bankTransfer(paymentId);
		String why = reason == null || reason.isBlank() ? "Rejected by an admin" : reason.trim();
		return decided(settlement.fail(paymentId, PaymentStatus.FAILED, why, "rejected by admin " + user.id()),
				PaymentStatus.FAILED);
	}

	/** Confirming a confirmed transfer (or rejecting a rejected one) answers as the first time did. */
	private static Payment decided(Settlement.Outcome outcome, PaymentStatus wanted) {
		if (outcome.payment().status() != wanted) {
			throw new DomainException(DomainException.Kind.CONFLICT, "PAYMENT_NOT_PENDING",
					"This payment is already " + outcome.payment().status());
		}
		return outcome.payment();
	}

	private void bankTransfer(UUID paymentId) {
		Payment payment = payments.find(paymentId).orElseThrow(() -> DomainException.notFound("Payment"));
		if (payment.method() != PaymentMethod.BANK_TRANSFER) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_A_BANK_TRANSFER",
					"Only bank transfers are confirmed by an admin; " + payment.method()
							+ " payments are confirmed by their provider");
		}
	}

}
