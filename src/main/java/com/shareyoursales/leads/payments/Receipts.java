package com.shareyoursales.leads.payments;

import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.payments.internal.ReceiptRenderer;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF receipt of a credited payment, rendered on demand from the stored payment (its number was fixed when it
 * was credited). Notifications attach {@link #forPayment(UUID)} to the confirmation e-mail.
 */
@Service
@Transactional(readOnly = true)
public class Receipts {

	/** A receipt ready to download or attach. */
	public record Receipt(String number, String fileName, byte[] pdf) {
	}

	private final PaymentRecords payments;

	private final ReceiptRenderer renderer;

	Receipts(PaymentRecords payments, ReceiptRenderer renderer) {
		this.payments = payments;
		this.renderer = renderer;
	}

	/** The receipt for its merchant or an admin; 404 for anyone else or while the payment is not credited. */
	public Receipt get(CurrentUser user, UUID paymentId) {
		Payment payment = payments.get(user, paymentId);
		return render(payment).orElseThrow(() -> DomainException.notFound("Receipt"));
	}

	/** For other modules in a system context (the confirmation e-mail): empty until the payment is credited. */
	public Optional<Receipt> forPayment(UUID paymentId) {
		return payments.find(paymentId).flatMap(this::render);
	}

	private Optional<Receipt> render(Payment payment) {
		if (payment.receiptNumber() == null) {
			return Optional.empty();
		}
		return Optional.of(new Receipt(payment.receiptNumber(), payment.receiptNumber() + ".pdf",
				renderer.render(payment)));
	}

}
