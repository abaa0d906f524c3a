package com.shareyoursales.leads.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.agreements.Agreement;
import com.shareyoursales.leads.agreements.Agreement.CommissionOverride;
import com.shareyoursales.leads.agreements.AgreementBook;
import com.shareyoursales.leads.agreements.AgreementBook.Proposal;
import com.shareyoursales.leads.campaigns.Campaign;
import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.campaigns.CampaignCatalog.CampaignDraft;
import com.shareyoursales.leads.campaigns.CampaignSettings;
import com.shareyoursales.leads.campaigns.OnExpiry;
import com.shareyoursales.leads.identity.Accounts;
import com.shareyoursales.leads.identity.Accounts.Registration;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.leads.Lead;
import com.shareyoursales.leads.leads.LeadDecisions;
import com.shareyoursales.leads.leads.LeadExpiry;
import com.shareyoursales.leads.leads.LeadIntake;
import com.shareyoursales.leads.leads.LeadIntake.LeadDraft;
import com.shareyoursales.leads.leads.LeadSource;
import com.shareyoursales.leads.leads.RejectionReason;
import com.shareyoursales.leads.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a small, lively marketplace so that every dashboard has something to show. Runs once:
 * a second start on the same data finds the demo merchants and does nothing.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-password";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Accounts accounts;

	private final CampaignCatalog campaigns;

	private final AgreementBook agreements;

	private final LeadIntake intake;

	private final LeadDecisions decisions;

	private final LeadExpiry expiry;

	private final DemoFunding funding;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoData(Accounts accounts, CampaignCatalog campaigns, AgreementBook agreements, LeadIntake intake,
			LeadDecisions decisions, LeadExpiry expiry, DemoFunding funding, UserDirectory users, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.users = users;
		this.accounts = accounts;
		this.campaigns = campaigns;
		this.agreements = agreements;
		this.intake = intake;
		this.decisions = decisions;
		this.expiry = expiry;
		this.funding = funding;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	private record Shop(String email, String company, String owner, String locale, String city, String deposit,
			List<String> campaigns) {
	}

	private static final List<Shop> SHOPS = List.of(
			new Shop("clinique@demo.leads.ma", "Clinique Atlas", "Dr. Salma Benjelloun", "fr", "Casablanca", "5000.00",
					List.of("Bilan dentaire offert", "Blanchiment des dents")),
			new Shop("autoecole@demo.leads.ma", "Auto-école Al Amal", "Youssef El Idrissi", "ar", "Rabat", "1000.00",
					List.of("Permis B en 30 jours", "Code de la route en ligne")),
			new Shop("gym@demo.leads.ma", "Zenith Gym", "Karim Tazi", "en", "Marrakech", "300.00",
					List.of("3 months membership", "Personal coaching")));

	private static final List<String[]> CREATORS = List.of(new String[] { "lina@demo.leads.ma", "Lina Style", "fr" },
			new String[] { "amine@demo.leads.ma", "Amine Vlog", "ar" },
			new String[] { "sara@demo.leads.ma", "Sara Fit", "en" },
			new String[] { "omar@demo.leads.ma", "Omar Tech", "fr" },
			new String[] { "nora@demo.leads.ma", "Nora Beauté", "ar" },
			new String[] { "yassine@demo.leads.ma", "Yassine Cars", "fr" });

	private static final String[] CUSTOMERS = { "Fatima Zahra Alaoui", "Mehdi Berrada", "Khadija Ennaji",
			"Hamza Ouazzani", "Salma Chraibi", "Anas Lahlou", "Imane Fassi", "Reda Kettani", "Ghita Bennani",
			"Othmane Sqalli", "Zineb Amrani", "Ayoub Naciri" };

	@Override
	public void run(ApplicationArguments args) {
		if (transactions.execute(status -> jdbc.sql("select exists(select 1 from users where email = :e)")
			.param("e", SHOPS.get(0).email())
			.query(Boolean.class)
			.single())) {
			log.info("Demo data already present");
			return;
		}
		UserProfile admin = users.withRole(Role.ADMIN).get(0);
		List<UserProfile> creators = CREATORS.stream()
			.map(c -> accounts.register(new Registration(c[0], PASSWORD, Role.INFLUENCER, c[1], "0661234567", c[2], null)))
			.toList();
		int phone = 0;
		for (int s = 0; s < SHOPS.size(); s++) {
			Shop shop = SHOPS.get(s);
			UserProfile merchant = accounts.register(new Registration(shop.email(), PASSWORD, Role.MERCHANT,
					shop.owner(), "0522123456", shop.locale(), shop.company()));
			CurrentUser asMerchant = new CurrentUser(merchant.id(), Role.MERCHANT);
			List<Campaign> shopCampaigns = new ArrayList<>();
			for (String name : shop.campaigns()) {
				shopCampaigns.add(campaigns.create(asMerchant, new CampaignDraft(name, name + " — " + shop.company(), shop.city())));
			}
			Campaign silentIsYes = shopCampaigns.get(1);
			campaigns.updateSettings(asMerchant, silentIsYes.id(), new CampaignSettings(Money.of("800.00"),
					new BigDecimal("10.00"), Money.of("80.00"), 48, OnExpiry.VALIDATE, 20, null, true, 30, null));
			funding.fund(merchant.id(), admin.id(), new BigDecimal(shop.deposit()));

			List<UserProfile> team = List.of(creators.get(s * 2), creators.get(s * 2 + 1));
			for (UserProfile creator : team) {
				CommissionOverride override = creator == team.get(1)
						? new CommissionOverride(Money.of("1000.00"), new BigDecimal("12.00"), Money.of("100.00")) : null;
				Agreement agreement = agreements.propose(asMerchant, new Proposal(creator.id(), null,
						"Commission versée pour chaque lead validé. Données clients protégées (loi 09-08).", override,
						LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1)));
				agreements.sign(new CurrentUser(creator.id(), Role.INFLUENCER), agreement.id(), "127.0.0.1");
			}
			agreements.propose(asMerchant, new Proposal(creators.get((s * 2 + 2) % creators.size()).id(), null,
					"Proposition de partenariat.", null, LocalDate.now(), LocalDate.now().plusMonths(6)));

			List<Lead> created = new ArrayList<>();
			String[] values = { "500.00", "1500.00", "350.00", "900.00", "250.00", "650.00", "420.00", "1200.00" };
			for (int i = 0; i < values.length; i++) {
				UserProfile creator = team.get(i % 2);
				Campaign campaign = shopCampaigns.get(i % 2);
				try {
					created.add(intake.submit(new CurrentUser(creator.id(), Role.INFLUENCER), new LeadDraft(campaign.id(),
							CUSTOMERS[(s * 4 + i) % CUSTOMERS.length], "06" + (61000000 + s * 1000 + phone++),
							null, shop.city(), new BigDecimal(values[i]), LeadSource.values()[i % LeadSource.values().length],
							"Disponible le soir")));
				}
				catch (RuntimeException refused) {
					log.info("Demo lead refused as the rules say: {}", refused.getMessage());
				}
			}
			settle(asMerchant, created);
		}
		log.info("Demo data ready: log in as {} (or any demo user) with password {}",
				Map.of("merchants", SHOPS.stream().map(Shop::email).toList(), "influencers",
						CREATORS.stream().map(c -> c[0]).toList()), PASSWORD);
	}

	/** Leaves leads in every state: validated, rejected, expired, and some pending. */
	private void settle(CurrentUser merchant, List<Lead> created) {
		for (int i = 0; i < created.size(); i++) {
			UUID id = created.get(i).id();
			switch (i % 4) {
				case 0 -> decisions.validate(merchant, id, "Rendez-vous confirmé");
				case 1 -> decisions.reject(merchant, id, RejectionReason.NOT_REACHABLE, "Trois appels sans réponse");
				case 2 -> expireNow(id);
				default -> {
				}
			}
		}
		expiry.expireDue();
	}

	/** Moves one lead's expiry to just after its creation, so the sweep settles it as it would after 72 h. */
	private void expireNow(UUID leadId) {
		transactions.executeWithoutResult(status -> jdbc
			.sql("update leads set expires_at = created_at + interval '1 millisecond' where id = :id and status = 'PENDING'")
			.param("id", leadId)
			.update());
	}

}
