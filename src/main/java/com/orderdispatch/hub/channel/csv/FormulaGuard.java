package com.orderdispatch.hub.channel.csv;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a cell of outside text as a formula (OWASP "CSV injection") without corrupting
 * what a machine reader gets. A cell gets a leading apostrophe only when, after any leading tabs, carriage returns,
 * line feeds or spaces (which some spreadsheets skip), it starts with {@code =} or {@code @}, or with {@code +} or
 * {@code -} followed by anything but a number or a phone number. Only a formula that names something (a function,
 * a cell, another program) can do harm, and a sign followed by nothing but digits, spaces, brackets, dots, commas,
 * slashes and hyphens names nothing: {@code +1 757 555 0100}, {@code +44 (20) 7946-0958}, {@code -12.50} and dates
 * pass unchanged.
 */
public final class FormulaGuard {

	private static final Pattern SIGNED_NUMBER_OR_PHONE = Pattern.compile("[+-]\\(?[0-9][0-9 ().,/-]*");

	private FormulaGuard() {
	}

	/** The cell as it should be written: unchanged, or with a leading {@code '} when it would run as a formula. */
	public static String neutralise(String cell) {
		if (cell == null) {
			return "";
		}
		return runsAsFormula(cell) ? "'" + cell : cell;
	}

	static boolean runsAsFormula(String cell) {
		int start = 0;
		while (start < cell.length() && " \t\r\n".indexOf(cell.charAt(start)) >= 0) {
			start++;
		}
		if (start == cell.length()) {
			return false;
		}
		String text = cell.substring(start);
		return switch (text.charAt(0)) {
			case '=', '@' -> true;
			case '+', '-' -> !SIGNED_NUMBER_OR_PHONE.matcher(text.strip()).matches();
			default -> false;
		};
	}

}
