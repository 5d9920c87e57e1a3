package com.orderdispatch.hub.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.order.Address;
import com.orderdispatch.hub.order.Customer;
import com.orderdispatch.hub.order.NewOrder;
import com.orderdispatch.hub.order.PlacedOrder;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake's group commit: orders arriving together share a transaction, each caller still gets its own order, and a
 * bad order or a duplicate in a group fails alone.
 */
@HubTest
class GroupCommitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	BatchWriter writer;

	@Autowired
	LiveConfig config;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry registry;

	@Test
	void eachCallerIsAnsweredOnlyOnceItsSupplierOrdersAreNumberedForThePullCursor() throws Exception {
		var api = new ApiClient(port);
		var posts = new ArrayList<Callable<Long>>();
		for (int i = 0; i < 64; i++) {
			posts.add(() -> {
				var reply = api.postOrder("demo-shop-key", Orders.multiSupplier(Orders.uniqueRef()));
				assertThat(reply.status()).isEqualTo(201);
				// Read the moment the 201 is here: a supplier polling by cursor must already see the order.
				return jdbc.sql("""
						select count(*) from supplier_order so join retailer_order o on o.id = so.order_id
						where o.order_number = ? and so.change_seq is null""")
					.param(reply.json().get("orderNumber").asText())
					.query(Long.class)
					.single();
			});
		}
		var pool = Executors.newFixedThreadPool(32);
		try {
			for (var unnumbered : pool.invokeAll(posts)) {
				assertThat(unnumbered.get()).isZero();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void concurrentOrdersShareCommitsAndEachCallerGetsItsOwnOrder() throws Exception {
		var api = new ApiClient(port);
		var posts = new ArrayList<Callable<ApiClient.Reply>>();
		var refs = new ArrayList<String>();
		for (int i = 0; i < 128; i++) {
			String ref = Orders.uniqueRef();
			refs.add(ref);
			posts.add(() -> api.postOrder("demo-shop-key", Orders.multiSupplier(ref)));
		}
		var pool = Executors.newFixedThreadPool(32);
		var numbers = new HashSet<String>();
		try {
			var replies = pool.invokeAll(posts);
			for (int i = 0; i < replies.size(); i++) {
				var reply = replies.get(i).get();
				assertThat(reply.status()).isEqualTo(201);
				assertThat(reply.json().get("retailerOrderRef").asText()).isEqualTo(refs.get(i));
				numbers.add(reply.json().get("orderNumber").asText());
				assertThat(api.get("/api/v1/orders/" + reply.json().get("orderNumber").asText(), "demo-shop-key")
					.json()
					.get("retailerOrderRef")
					.asText()).isEqualTo(refs.get(i));
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(numbers).hasSize(128);
		var groups = registry.find("hub.intake.commit.orders").summary();
		assertThat(groups).isNotNull();
		assertThat(groups.totalAmount()).as("some commits held more than one order").isGreaterThan(groups.count());
	}

	@Test
	void aBadOrderInAGroupFailsAloneAndItsNeighboursCommit() {
		var first = pending(order(Orders.uniqueRef()));
		var bad = pending(order("X".repeat(300)));
		var last = pending(order(Orders.uniqueRef()));

		var later = writer.write(List.of(first, bad, last));

		assertThat(later).isEmpty();
		assertThat(bad.result()).isCompletedExceptionally();
		assertThat(bad.result().handle((placed, failure) -> failure).join()).isInstanceOf(DataAccessException.class);
		assertThat(stored(first.result().join())).isEqualTo(1);
		assertThat(stored(last.result().join())).isEqualTo(1);
	}

	@Test
	void aReferenceAlreadyStoredFailsAsADuplicateAndARepeatInTheGroupWaitsForTheNext() {
		String used = Orders.uniqueRef();
		writer.write(List.of(pending(order(used)))).forEach(p -> {
			throw new AssertionError("nothing should wait");
		});
		String twice = Orders.uniqueRef();
		var again = pending(order(used));
		var firstOfTwo = pending(order(twice));
		var secondOfTwo = pending(order(twice));

		var later = writer.write(List.of(again, firstOfTwo, secondOfTwo));

		assertThat(again.result().handle((placed, failure) -> failure).join())
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(stored(firstOfTwo.result().join())).isEqualTo(1);
		assertThat(later).containsExactly(secondOfTwo);
		assertThat(secondOfTwo.result()).isNotDone();
	}

	private long stored(PlacedOrder placed) {
		return jdbc.sql("select count(*) from retailer_order where order_number = ?")
			.param(placed.orderNumber())
			.query(Long.class)
			.single();
	}

	private GroupCommit.Pending pending(NewOrder order) {
		return new GroupCommit.Pending(order, config.current(), new CompletableFuture<>());
	}

	private static NewOrder order(String ref) {
		var line = new NewOrder.NewLine("1", "ACME-HAMMER-16", "Hammer", 1, new BigDecimal("9.99"));
		return new NewOrder("demo-shop", ref, Instant.parse("2026-11-27T09:00:00Z"), "EUR",
				new Customer("Ada Lovelace", "ada@example.com", null),
				new Address("Ada Lovelace", null, "1 Main St", null, "London", null, "SW1Y 4JH", "GB"), null,
				List.of(new NewOrder.NewSupplierOrder("acme", List.of(line))), "hash-" + ref.hashCode());
	}

}
