package com.shareyoursales.leads.payments;

import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.payments.internal.PaymentRows;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.PageResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of payments: a merchant sees its own, an admin all; another merchant's payment is "not found". */
@Service
@Transactional(readOnly = true)
public class PaymentRecords {

	private final PaymentRows payments;

	PaymentRecords(PaymentRows payments) {
		this.payments = payments;
	}

	public PageResponse<Payment> list(CurrentUser user, PaymentStatus status, PaymentMethod method, UUID merchantId,
			int page, int size) {
		user.require(Role.MERCHANT, Role.ADMIN);
		UUID merchant = user.isAdmin() ? merchantId : user.id();
		if (!user.isAdmin() && merchantId != null && !merchantId.equals(user.id())) {
			return PageResponse.of(java.util.List.of(), page, size, 0);
		}
		PaymentRows.Filter filter = new PaymentRows.Filter(merchant, status, method);
		return PageResponse.of(payments.list(filter, page, size), page, size, payments.count(filter));
	}

	public Payment get(CurrentUser user, UUID id) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return payments.find(id)
			.filter(payment -> user.actsFor(payment.merchantId()))
			.orElseThrow(() -> DomainException.notFound("Payment"));
	}

	/** For other modules acting as the system (notifications, analytics). */
	public java.util.Optional<Payment> find(UUID id) {
		return payments.find(id);
	}

}
