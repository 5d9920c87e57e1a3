package com.orderdispatch.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The administrator's credentials, user {@code admin} and {@code hub.admin.password}, shared by the API's Basic login
 * and the console's form login. User and password are compared together as SHA-256 digests of equal length, in
 * constant time, so timing says nothing about either; the password never leaves this class.
 */
public final class AdminPassword {

	public static final String USER = "admin";

	private final byte[] expected;

	public AdminPassword(String password) {
		this.expected = sha256(USER + ":" + password);
	}

	public boolean matches(String user, Object password) {
		return MessageDigest.isEqual(expected, sha256(user + ":" + password));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
