package com.orderdispatch.hub.channel.email;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The endpoint every email route sends to ({@code {{hub.mail.uri}}}), made from the {@code hub.mail.*} settings
 * here rather than written in config/application.yaml: it names the pooled sender and the deadline sockets, and an
 * administrator's edit of a written URI could silently drop either. Kept as placeholders, so whatever sets
 * {@code hub.mail.host} and the rest (the file, the environment, a test) is what it sends with. A {@code hub.mail.uri}
 * set anywhere else stops the hub at start, naming the settings to use instead.
 */
public class MailEndpointUri implements EnvironmentPostProcessor {

	static final String PROPERTY = "hub.mail.uri";

	static final String URI = "${hub.mail.protocol:smtp}://${hub.mail.host}:${hub.mail.port}"
			+ "?username=RAW(${hub.mail.username:})&password=RAW(${hub.mail.password:})"
			+ "&connectionTimeout=${hub.mail.connection-timeout:30s}"
			+ "&mail.smtp.starttls.enable=${hub.mail.starttls:false}"
			+ "&mail.smtp.starttls.required=${hub.mail.starttls:false}"
			+ "&additionalJavaMailProperties=#mailDeadlineProperties&javaMailSender=#pooledMailSender";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().stream().anyMatch(source -> source.containsProperty(PROPERTY))) {
			throw new IllegalStateException(PROPERTY + " is made by the hub from hub.mail.protocol, host, port, "
					+ "username, password, connection-timeout and starttls (HUB_MAIL_*); set those instead");
		}
		environment.getPropertySources().addLast(new MapPropertySource("hubMailEndpoint", Map.of(PROPERTY, URI)));
	}

}
