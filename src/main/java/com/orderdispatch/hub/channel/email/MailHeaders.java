package com.orderdispatch.hub.channel.email;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Everything that goes into a header passes through here. Names and subjects come from retailers, customers and
 * administrators; a CR or LF in them could otherwise add headers (a Bcc) or recipients.
 */
final class MailHeaders {

	/** Control characters (CR, LF, TAB, NUL, NEL...) and the Unicode line and paragraph separators. */
	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");

	private static final Pattern ID_UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

	private static final int MAX_TEXT = 500;

	private MailHeaders() {
	}

	/** One line of header text: control characters become a space, runs of spaces collapse. */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		String line = UNSAFE.matcher(value).replaceAll(" ").replaceAll(" {2,}", " ").strip();
		return line.length() > MAX_TEXT ? line.substring(0, MAX_TEXT) : line;
	}

	/**
	 * A strictly parsed single mailbox (no groups, no lists), with an optional display name that is RFC 2047
	 * encoded when it is not plain ASCII.
	 */
	static InternetAddress mailbox(String address, String displayName) {
		try {
			if (address == null || UNSAFE.matcher(address).find()) {
				throw new AddressException("control characters or nothing", String.valueOf(address));
			}
			var parsed = new InternetAddress(address.strip(), true);
			parsed.validate();
			if (parsed.isGroup() || parsed.getPersonal() != null) {
				throw new AddressException("must be a bare address", address);
			}
			String name = text(displayName);
			if (!name.isEmpty()) {
				parsed.setPersonal(name, StandardCharsets.UTF_8.name());
			}
			return parsed;
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			throw new IllegalArgumentException("not a usable email address: " + text(address), ex);
		}
	}

	static List<InternetAddress> mailboxes(List<String> addresses) {
		return addresses == null ? List.of() : addresses.stream().map(address -> mailbox(address, null)).toList();
	}

	/** A Message-ID derived from a stable key, so each retry of one delivery carries the same id. */
	static String messageId(String key, String domain) {
		return "<" + ID_UNSAFE.matcher(key).replaceAll("_") + "@" + ID_UNSAFE.matcher(domain).replaceAll("_") + ">";
	}

}
