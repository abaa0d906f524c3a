package com.shareyoursales.leads.notifications;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service with its channels pointed at real test servers: GreenMail as the SMTP server and WireMock as
 * Twilio (see {@link TestChannels}), and a clock the tests move. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestChannels.class)
@Import({ TestActors.class, TestClockConfiguration.class, LeadFixtures.class, DepositFixtures.class, Outboxes.class })
public @interface ChannelIntegrationTest {

}
