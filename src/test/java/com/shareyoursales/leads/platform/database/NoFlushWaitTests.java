package com.shareyoursales.leads.platform.database;

import java.lang.reflect.Method;

import com.shareyoursales.leads.platform.events.ReplayableListener;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.DelegatingTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Which transactions commit without waiting for the flush: only replayable listeners and Modulith's marks. */
class NoFlushWaitTests {

	private final AnnotationTransactionAttributeSource source = new AnnotationTransactionAttributeSource(false);

	@Test
	void replayableListenersAndPublicationMarksDoNotWaitOrdinaryTransactionsDo() throws Exception {
		Method replayable = Listeners.class.getDeclaredMethod("replayable", Object.class);
		Method ordinary = Listeners.class.getDeclaredMethod("ordinary", Object.class);
		assertThat(RowSecurityTransactionManager.noFlushWait(attribute(replayable, Listeners.class))).isTrue();
		assertThat(RowSecurityTransactionManager.noFlushWait(attribute(ordinary, Listeners.class))).isFalse();
		for (String mark : new String[] { "markProcessing", "markCompleted", "markFailed" }) {
			Method method = DefaultEventPublicationRegistry.class.getMethod(mark, Object.class,
					PublicationTargetIdentifier.class);
			// a Modulith upgrade that renames these would only bring the flush waits back
			assertThat(RowSecurityTransactionManager.noFlushWait(attribute(method, DefaultEventPublicationRegistry.class)))
				.as(mark)
				.isTrue();
		}
	}

	/** As the transaction interceptor passes it: named after the method when the attribute has no name. */
	private TransactionAttribute attribute(Method method, Class<?> type) {
		TransactionAttribute attribute = source.getTransactionAttribute(method, type);
		assertThat(attribute).as(method.getName()).isNotNull();
		return new DelegatingTransactionAttribute(attribute) {

			@Override
			public String getName() {
				return ClassUtils.getQualifiedMethodName(method, type);
			}

		};
	}

	static class Listeners {

		@ReplayableListener
		void replayable(Object event) {
		}

		@org.springframework.transaction.annotation.Transactional
		void ordinary(Object event) {
		}

	}

}
