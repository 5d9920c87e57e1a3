package com.orderdispatch.hub.channel.email;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.JavaMailSender;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sender every mail route uses, named in {@code hub.mail.uri} as {@code javaMailSender=#pooledMailSender}. */
@Configuration(proxyBeanMethods = false)
class MailSenderConfiguration {

	@Bean
	PooledMailSender pooledMailSender(ObjectProvider<CamelContext> camel, SmtpPoolProperties pool) {
		return new PooledMailSender(() -> madeFromUri(camel.getObject()), pool);
	}

	/**
	 * The sender camel-mail itself makes from the URI: host, port, timeouts, TLS, credentials and deadline sockets.
	 * camel-mail keeps that method protected; calling it beats copying its property rules here, and the email tests
	 * fail at once should a camel upgrade change it.
	 */
	private static JavaMailSender madeFromUri(CamelContext camel) {
		var endpoint = camel.getEndpoint(camel.resolvePropertyPlaceholders("{{hub.mail.uri}}"), MailEndpoint.class);
		try {
			Method create = MailConfiguration.class.getDeclaredMethod("createJavaMailSender", CamelContext.class);
			create.setAccessible(true);
			return (JavaMailSender) create.invoke(endpoint.getConfiguration(), camel);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("camel-mail could not make a sender for hub.mail.uri", ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("camel-mail no longer makes its sender as expected", ex);
		}
	}

}
