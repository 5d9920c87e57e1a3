package com.orderdispatch.hub.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTests {

	@Test
	void aPagePastTheEndShowsTheLastPage() {
		Paging paging = Paging.of(99, 25, 6);
		assertThat(paging.page()).isZero();
		assertThat(paging.first()).isEqualTo(1);
		assertThat(paging.last()).isEqualTo(6);
	}

	@Test
	void aNegativePageShowsTheFirstAndAnEmptyListHasOnePage() {
		assertThat(Paging.of(-3, 25, 60).page()).isZero();
		assertThat(Paging.of(4, 25, 0).pages()).isEqualTo(1);
		assertThat(Paging.of(4, 25, 60).page()).isEqualTo(2);
	}

}
