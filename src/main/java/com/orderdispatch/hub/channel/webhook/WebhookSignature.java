package com.orderdispatch.hub.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed with the
 * base64-decoded part of the {@code whsec_} secret. During a rotation every configured secret signs, space-separated,
 * and a receiver accepts the event if any one signature matches.
 */
public final class WebhookSignature {

	private static final String PREFIX = "whsec_";

	private WebhookSignature() {
	}

	public static String sign(List<String> secrets, String id, long timestamp, byte[] body) {
		var signatures = new ArrayList<String>(secrets.size());
		for (String secret : secrets) {
			signatures.add("v1," + Base64.getEncoder().encodeToString(hmac(secret, id, timestamp, body)));
		}
		return String.join(" ", signatures);
	}

	/** True when the header holds a v1 signature made with one of the secrets; compared in constant time. */
	public static boolean verify(List<String> secrets, String id, String timestamp, byte[] body, String header) {
		if (id == null || timestamp == null || header == null || secrets == null) {
			return false;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		boolean match = false;
		for (String secret : secrets) {
			byte[] expected = hmac(secret, id, seconds, body);
			for (String candidate : header.trim().split(" +")) {
				if (candidate.startsWith("v1,")) {
					byte[] presented;
					try {
						presented = Base64.getDecoder().decode(candidate.substring(3));
					}
					catch (IllegalArgumentException ex) {
						continue;
					}
					match |= MessageDigest.isEqual(expected, presented);
				}
			}
		}
		return match;
	}

	private static byte[] hmac(String secret, String id, long timestamp, byte[] body) {
		String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
		}
		catch (IllegalArgumentException ex) {
			// Never echo the secret: say only which kind of value is wrong.
			throw new IllegalArgumentException("A webhook secret is not 'whsec_' followed by base64");
		}
	}

}
