package com.shareyoursales.leads.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.shareyoursales.leads.analytics.DepletionForecast.Outcome;
import com.shareyoursales.leads.analytics.internal.LedgerQueries;
import com.shareyoursales.leads.analytics.internal.LedgerQueries.Burn;
import com.shareyoursales.leads.deposits.DepositAccounts;
import com.shareyoursales.leads.deposits.DepositBalance;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.shared.BusinessTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When a deposit runs dry at the burn rate of the last 7 days (see {@link DepletionForecast}). */
@Service
@Transactional(readOnly = true)
public class DepletionForecasts {

	static final int WINDOW_DAYS = 7;

	private static final BigDecimal WINDOW = BigDecimal.valueOf(WINDOW_DAYS);

	private final DepositAccounts deposits;

	private final LedgerQueries ledger;

	private final Clock clock;

	DepletionForecasts(DepositAccounts deposits, LedgerQueries ledger, Clock clock) {
		this.deposits = deposits;
		this.ledger = ledger;
		this.clock = clock;
	}

	public DepletionForecast forecast(CurrentUser user, UUID depositId) {
		DepositBalance deposit = deposits.get(user, depositId);
		Instant now = clock.instant();
		Burn burn = ledger.burn(deposit.merchantId(), depositId, now.minus(Duration.ofDays(WINDOW_DAYS)), now);
		BigDecimal perDay = burn.total().divide(WINDOW, 2, RoundingMode.HALF_UP);
		BigDecimal available = deposit.available();
		LocalDate today = BusinessTime.today(clock);
		if (available.signum() <= 0) {
			return new DepletionForecast(depositId, available, burn.captured(), burn.newlyReserved(), perDay,
					BigDecimal.ZERO.setScale(1), today, Outcome.DEPLETED);
		}
		if (burn.total().signum() == 0) {
			return new DepletionForecast(depositId, available, burn.captured(), burn.newlyReserved(), perDay, null,
					null, Outcome.NO_BURN);
		}
		BigDecimal days = available.multiply(WINDOW).divide(burn.total(), 1, RoundingMode.DOWN);
		return new DepletionForecast(depositId, available, burn.captured(), burn.newlyReserved(), perDay, days,
				today.plusDays(days.longValue()), Outcome.FORECAST);
	}

}
