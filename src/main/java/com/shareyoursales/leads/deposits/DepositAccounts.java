package com.shareyoursales.leads.deposits;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.deposits.internal.DepositRows;
import com.shareyoursales.leads.deposits.internal.DepositRows.TransactionFilter;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.shared.AlertLevel;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.PageResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of deposits and their ledger, for their merchant and admins; another merchant's deposit is "not found". */
@Service
@Transactional(readOnly = true)
public class DepositAccounts {

	private static final List<AlertLevel> AT_RISK = List.of(AlertLevel.WARNING, AlertLevel.CRITICAL,
			AlertLevel.DEPLETED);

	private final DepositRows deposits;

	DepositAccounts(DepositRows deposits) {
		this.deposits = deposits;
	}

	public List<DepositBalance> balances(CurrentUser user, UUID depositId) {
		user.require(Role.MERCHANT, Role.ADMIN);
		if (depositId != null) {
			return List.of(get(user, depositId));
		}
		return deposits.forMerchant(user.isAdmin() ? null : user.id());
	}

	public DepositBalance get(CurrentUser user, UUID depositId) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return deposits.find(depositId)
			.filter(deposit -> user.actsFor(deposit.merchantId()))
			.orElseThrow(() -> DomainException.notFound("Deposit"));
	}

	public PageResponse<DepositTransaction> transactions(CurrentUser user, UUID depositId, TransactionType type,
			Instant from, Instant to, int page, int size) {
		user.require(Role.MERCHANT, Role.ADMIN);
		if (depositId != null) {
			get(user, depositId);
		}
		TransactionFilter filter = new TransactionFilter(user.isAdmin() ? null : user.id(), depositId, type, from, to);
		return PageResponse.of(deposits.transactions(filter, page, size), page, size,
				deposits.countTransactions(filter));
	}

	/** Deposits at WARNING or worse: the merchant's own, or all of them for an admin. */
	public List<DepositBalance> lowBalance(CurrentUser user) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return deposits.atOrWorse(user.isAdmin() ? null : user.id(), AT_RISK);
	}

	/** For scheduled jobs and other modules (system context): deposits at one of the levels. */
	public List<DepositBalance> atLevels(List<AlertLevel> levels) {
		return deposits.atOrWorse(null, levels);
	}

	/** For other modules (system context or after their own ownership check). */
	public Optional<DepositBalance> find(UUID depositId) {
		return deposits.find(depositId);
	}

}
