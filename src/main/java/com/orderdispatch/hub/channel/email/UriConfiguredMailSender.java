package com.orderdispatch.hub.channel.email;

import java.util.Properties;

import jakarta.mail.Session;

import org.apache.camel.component.mail.JavaMailSender;
import org.apache.camel.component.mail.MailAuthenticator;

/**
 * A camel-mail sender whose settings are those of another sender, made by camel-mail from {@code hub.mail.uri}.
 * camel-mail reads them (the session, to build messages from headers); nothing may set them here.
 */
abstract class UriConfiguredMailSender implements JavaMailSender {

	/** The sender camel-mail made from the URI. */
	abstract JavaMailSender configured();

	@Override
	public Session getSession() {
		return configured().getSession();
	}

	@Override
	public Properties getJavaMailProperties() {
		return configured().getJavaMailProperties();
	}

	@Override
	public String getHost() {
		return configured().getHost();
	}

	@Override
	public int getPort() {
		return configured().getPort();
	}

	@Override
	public String getUsername() {
		return configured().getUsername();
	}

	@Override
	public String getPassword() {
		return configured().getPassword();
	}

	@Override
	public String getProtocol() {
		return configured().getProtocol();
	}

	@Override
	public MailAuthenticator getAuthenticator() {
		return configured().getAuthenticator();
	}

	@Override
	public void setJavaMailProperties(Properties javaMailProperties) {
		throw configuredByUri();
	}

	@Override
	public void addAdditionalJavaMailProperty(String key, String value) {
		throw configuredByUri();
	}

	@Override
	public void setHost(String host) {
		throw configuredByUri();
	}

	@Override
	public void setPort(int port) {
		throw configuredByUri();
	}

	@Override
	public void setUsername(String username) {
		throw configuredByUri();
	}

	@Override
	public void setPassword(String password) {
		throw configuredByUri();
	}

	@Override
	public void setProtocol(String protocol) {
		throw configuredByUri();
	}

	@Override
	public void setSession(Session session) {
		throw configuredByUri();
	}

	@Override
	public void setAuthenticator(MailAuthenticator authenticator) {
		throw configuredByUri();
	}

	private static UnsupportedOperationException configuredByUri() {
		return new UnsupportedOperationException("the pooled mail sender takes its settings from hub.mail.uri");
	}

}
