package com.shareyoursales.leads.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port over the embedded PostgreSQL (one throw-away server per test JVM, fsync off
 * for speed). Every test class that uses this same annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestActors.class, TestClockConfiguration.class, LeadFixtures.class })
public @interface IntegrationTest {

}
