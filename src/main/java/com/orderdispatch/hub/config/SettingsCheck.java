package com.orderdispatch.hub.config;

/**
 * The checks a channel's settings validation may make. The first failed check refuses the whole configuration edit,
 * naming the file, the supplier and the field ({@code channels.<name>.<field>}).
 */
public interface SettingsCheck {

	void require(boolean condition, String field, String problem);

	void notBlank(String field, String value);

	/** One bare email address, as the mail channel will parse it. */
	void email(String field, String address);

	/** Refuses a demo secret where the production profile forbids it. */
	void notDemo(String field, String secret);

}
