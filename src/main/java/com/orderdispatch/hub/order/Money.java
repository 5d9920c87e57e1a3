package com.orderdispatch.hub.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are stored with four decimals; they are shown with at least two and without trailing noise. */
final class Money {

	private Money() {
	}

	static BigDecimal of(BigDecimal stored) {
		if (stored == null) {
			return null;
		}
		BigDecimal plain = stored.stripTrailingZeros();
		return plain.scale() < 2 ? plain.setScale(2, RoundingMode.UNNECESSARY) : plain;
	}

}
