package com.orderdispatch.hub.reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdispatch.hub.lifecycle.LifecycleCommand;

/**
 * Reads a supplier's email reply into lifecycle commands, one per line of the reply above the quoted order email:
 * {@code ACCEPT}, {@code REJECT <reason> [note]}, {@code SHIPPED <carrier> <tracking>}, {@code CANCEL <note>}, each
 * for the whole order or, prefixed {@code <lineRef>:}, for one line (a line's SHIPPED adds its quantity). Reading
 * stops at the quoted text ({@code >}, "On ... wrote:") or the signature ({@code --}); any other line is kept as not
 * understood, so the answer can name it.
 */
final class ReplyCommands {

	static final String CANCELLED_BY_SUPPLIER = "CANCELLED_BY_SUPPLIER";

	private static final Pattern LINE_PREFIX = Pattern.compile("^([A-Za-z0-9._-]{1,64})\\s*:\\s*(.*)$");

	private static final Pattern QUOTE_HEADER = Pattern.compile("^On .+ wrote:\\s*$");

	/** One reply: the commands in reply order, and each line that was not understood with why. */
	record Reading(List<LifecycleCommand> commands, List<String> notUnderstood) {
	}

	private ReplyCommands() {
	}

	static Reading read(String text) {
		var commands = new ArrayList<LifecycleCommand>();
		var notUnderstood = new ArrayList<String>();
		for (String raw : (text == null ? "" : text).split("\\R")) {
			String line = raw.strip();
			if (line.startsWith(">") || line.equals("--") || raw.startsWith("-- ") || QUOTE_HEADER.matcher(line).matches()) {
				break;
			}
			if (line.isEmpty()) {
				continue;
			}
			try {
				commands.add(command(line));
			}
			catch (IllegalArgumentException ex) {
				notUnderstood.add("\"" + line + "\": " + ex.getMessage());
			}
		}
		if (commands.isEmpty() && notUnderstood.isEmpty()) {
			notUnderstood.add("the reply holds no command (ACCEPT, REJECT, SHIPPED or CANCEL)");
		}
		return new Reading(List.copyOf(commands), List.copyOf(notUnderstood));
	}

	private static LifecycleCommand command(String line) {
		String lineRef = null;
		String rest = line;
		Matcher prefixed = LINE_PREFIX.matcher(line);
		if (prefixed.matches()) {
			lineRef = prefixed.group(1);
			rest = prefixed.group(2).strip();
		}
		String[] words = rest.split("\\s+");
		List<String> refs = lineRef == null ? List.of() : List.of(lineRef);
		String verb = words[0].toUpperCase(Locale.ROOT);
		return switch (verb) {
			case "ACCEPT" -> new LifecycleCommand.Accept(refs, note(words, 1));
			case "REJECT" -> {
				require(words.length >= 2, "REJECT needs a reason, e.g. REJECT OUT_OF_STOCK");
				yield new LifecycleCommand.Reject(refs, words[1].toUpperCase(Locale.ROOT), note(words, 2));
			}
			case "SHIPPED" -> shipped(lineRef, words);
			case "CANCEL" -> {
				String note = note(words, 1);
				require(note != null, "CANCEL needs a note saying why");
				yield new LifecycleCommand.Cancel(refs, CANCELLED_BY_SUPPLIER, note);
			}
			default -> throw new IllegalArgumentException("not a command; use ACCEPT, REJECT, SHIPPED or CANCEL");
		};
	}

	private static LifecycleCommand shipped(String lineRef, String[] words) {
		require(words.length >= 3, "SHIPPED needs a carrier and a tracking number, e.g. SHIPPED DHL 00340434161234567890");
		if (lineRef == null) {
			return new LifecycleCommand.Ship(null, words[1], words[2], null, List.of(), note(words, 3));
		}
		require(words.length >= 4 && words[3].matches("[1-9][0-9]{0,5}"),
				"a line's SHIPPED needs its quantity: " + lineRef + ": SHIPPED <carrier> <tracking> <quantity>");
		return new LifecycleCommand.Ship(null, words[1], words[2], null,
				List.of(new LifecycleCommand.ShipLine(lineRef, Integer.parseInt(words[3]))), note(words, 4));
	}

	private static String note(String[] words, int from) {
		return words.length > from ? String.join(" ", Arrays.copyOfRange(words, from, words.length)) : null;
	}

	private static void require(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalArgumentException(problem);
		}
	}

}
