package com.shareyoursales.leads.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.shareyoursales.leads.platform.database.TransactionLabels;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code @ApplicationModuleListener} (after commit, asynchronous, in a transaction of its own, its publication stored
 * by Spring Modulith) whose transaction commits without waiting for the disk flush.
 * <p>
 * Only for listeners whose effects follow from the event alone and are idempotent (dedupe keys), and that move no
 * money and call no payment provider. If a crash loses the commit, Modulith's COMPLETED mark (committed after it, so
 * lost with it) is missing too: the publication is republished at restart and the replay writes what was lost.
 * Listeners that move money or call a provider keep {@code @ApplicationModuleListener}.
 */
@Async
@Transactional(propagation = Propagation.REQUIRES_NEW, label = TransactionLabels.NO_FLUSH_WAIT)
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReplayableListener {

}
