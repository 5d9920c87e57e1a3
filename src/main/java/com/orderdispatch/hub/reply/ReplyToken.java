package com.orderdispatch.hub.reply;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed reference an order email's subject carries, {@code [ref SO-1001-acme.k3J9...]}: the supplier order
 * number and an HMAC-SHA256 of it under the hub's reply secret. A reply is matched to its order only through a
 * reference that verifies, so a stranger cannot answer for an order by guessing its number.
 */
final class ReplyToken {

	private static final Pattern IN_SUBJECT = Pattern.compile("\\[ref ([A-Za-z0-9_-]{1,40})\\.([A-Za-z0-9_-]{22})]");

	private final byte[] secret;

	ReplyToken(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("the reply secret needs at least 16 characters");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** What the order email's subject ends with. */
	String reference(String supplierOrderNumber) {
		return "[ref " + supplierOrderNumber + "." + signature(supplierOrderNumber) + "]";
	}

	/** The supplier order number a subject names with a valid signature; empty for none or a forged one. */
	Optional<String> verifiedNumber(String subject) {
		if (subject == null) {
			return Optional.empty();
		}
		var matcher = IN_SUBJECT.matcher(subject);
		while (matcher.find()) {
			String number = matcher.group(1);
			if (MessageDigest.isEqual(signature(number).getBytes(StandardCharsets.US_ASCII),
					matcher.group(2).getBytes(StandardCharsets.US_ASCII))) {
				return Optional.of(number);
			}
		}
		return Optional.empty();
	}

	private String signature(String number) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] digest = mac.doFinal(("reply:" + number).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
