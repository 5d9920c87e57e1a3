package com.orderdispatch.hub.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoolSizingTests {

	@Test
	void aPoolSmallerThanThreadsPlusWorkersPlusSpareStopsTheStart() {
		assertThatThrownBy(() -> new PoolSizing(32, 10, 47)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HUB_DB_POOL_SIZE=47")
			.hasMessageContaining("48");
	}

	@Test
	void theShippedDefaultsFitTogether() {
		assertThatCode(() -> new PoolSizing(32, 10, 48)).doesNotThrowAnyException();
	}

}
