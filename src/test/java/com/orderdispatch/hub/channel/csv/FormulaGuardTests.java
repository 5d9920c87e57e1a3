package com.orderdispatch.hub.channel.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil\",\"x\")", "=1+1", "@SUM(1)", "+cmd|' /C calc'!A0",
			"-2+3+cmd|' /C calc'!A0", "-1+2", "+A1", "-SUM(A1:A2)", "+", "-", "\t=1", "\r=1", "\n@SUM(1)",
			" =1", "+1 757 555 0100 ext. 12", "+44 20 7946 0000;=1" })
	void neutralisesCellsASpreadsheetWouldRunAsAFormulaThatCallsSomething(String cell) {
		assertThat(FormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+1 757 555 0100", "+44 (20) 7946-0958", "+44 20 7946 0000", "+49 30/1234-56",
			"+1.757.555.0100", "-12.50", "-1,234.50", "+3", "-0", "(555) 555-0100", "2026-12-01",
			"2026-12-01T09:30:00Z", "a=1", "Zoë", "", "ODH-1-acme", "\tplain", " -12.50" })
	void passesPhoneNumbersNegativeAmountsDatesAndTextUnchanged(String cell) {
		assertThat(FormulaGuard.neutralise(cell)).isEqualTo(cell);
	}

}
