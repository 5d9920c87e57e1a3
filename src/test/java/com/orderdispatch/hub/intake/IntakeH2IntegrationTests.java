package com.orderdispatch.hub.intake;

import com.orderdispatch.hub.support.HubTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake contract on the embedded default store, H2. */
@HubTest
class IntakeH2IntegrationTests extends IntakeApiContract {

	@Test
	void everySequenceAnOrderDrawsFromRefillsItsCacheOnlyEveryThousandValues() {
		// Each refill is a commit, and on H2 every commit writes a chunk (db/vendor/h2/V9__h2_sequence_caches.sql).
		assertThat(jdbc.sql("""
				select table_name || '.' || column_name from information_schema.columns
				where table_schema = 'public' and is_identity = 'YES' and identity_cache < 1000""")
			.query(String.class)
			.list()).as("identity columns with a smaller cache").isEmpty();
		assertThat(jdbc.sql("select cache from information_schema.sequences where sequence_name = 'order_number_seq'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1000);
	}

}
