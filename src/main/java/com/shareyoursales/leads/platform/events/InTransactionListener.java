package com.shareyoursales.leads.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.event.EventListener;

/**
 * A listener that runs in the publisher's transaction, when the event is published: what it writes commits with the
 * event's cause or not at all, with no publication stored, no second thread and no transaction of its own.
 * <p>
 * For the most frequent events (a lead submitted or decided), whose listener only writes outbox rows: after commit,
 * Spring Modulith would spend three more transactions per event on it (a PROCESSING mark, the listener's, a
 * COMPLETED mark; Modulith stores publications for after-commit listeners only). Publishers of such events publish
 * them before taking their hottest lock, so that the listener's statements do not lengthen its hold; a listener that
 * leaves its write to the transaction ({@link PendingWrites}, one write for all the transaction's events) has it made
 * by the publisher's {@link PendingWrites#flush()} before that lock, or just before commit. The method wraps
 * its work in {@link InTransactionWork#run} and writes last, with one statement the database isolates, so that a
 * failure of the listener never refuses what the publisher did (its reads, not isolated, stay plain reads by key:
 * see InTransactionWork).
 */
@EventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface InTransactionListener {

}
