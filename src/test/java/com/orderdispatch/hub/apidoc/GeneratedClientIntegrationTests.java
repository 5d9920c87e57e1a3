package com.orderdispatch.hub.apidoc;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import com.orderdispatch.client.ApiClient;
import com.orderdispatch.client.ApiException;
import com.orderdispatch.client.api.RetailerApi;
import com.orderdispatch.client.api.SupplierApi;
import com.orderdispatch.client.model.AcceptRequest;
import com.orderdispatch.client.model.Address;
import com.orderdispatch.client.model.CancelRequest;
import com.orderdispatch.client.model.Carrier;
import com.orderdispatch.client.model.Customer;
import com.orderdispatch.client.model.Line;
import com.orderdispatch.client.model.LineStatus;
import com.orderdispatch.client.model.OrderLineRequest;
import com.orderdispatch.client.model.OrderRequest;
import com.orderdispatch.client.model.OrderStatus;
import com.orderdispatch.client.model.Problem;
import com.orderdispatch.client.model.ShipmentLine;
import com.orderdispatch.client.model.ShipmentRequest;
import com.orderdispatch.client.model.SupplierOrder;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A Java client generated at build time from the maintained description (openapi-generator, see pom.xml) completes
 * a retailer's and a supplier's journey with typed calls only: what a new integrator's generated client would do.
 */
@HubTest
class GeneratedClientIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aGeneratedClientPlacesShipsAndCancelsAnOrder() throws ApiException {
		var retailer = new RetailerApi(client("demo-shop-key"));
		var supplier = new SupplierApi(client("acme-test-key"));
		String cursor = latestCursor(supplier);

		var placed = retailer.placeOrder(order(Orders.uniqueRef()));
		String number = placed.getOrderNumber();
		String supplierOrder = placed.getSupplierOrders().get(0).getSupplierOrderNumber();
		assertThat(retailer.getOrder(number).getTotal()).isEqualTo("27.49");
		assertThat(retailer.listOrders(OffsetDateTime.parse("2026-01-01T00:00:00Z"), null, number, "Ada",
				OrderStatus.PENDING, "acme", 0, 10).getItems()).extracting(summary -> summary.getOrderNumber())
			.containsExactly(number);

		var pulled = supplier.listSupplierOrders(cursor, 100, null, null, null);
		assertThat(pulled.getOrders()).extracting(SupplierOrder::getSupplierOrderNumber).contains(supplierOrder);
		supplier.acceptSupplierOrder(supplierOrder, "accept-" + supplierOrder, new AcceptRequest());
		supplier.shipSupplierOrder(supplierOrder, new ShipmentRequest().carrier(Carrier.DHL)
			.trackingNumber("JD0001")
			.trackingUrl(URI.create("https://track.example/JD0001"))
			.lines(List.of(new ShipmentLine().lineRef("1").quantity(2))), "ship-" + supplierOrder);
		var cancelled = retailer.cancelOrder(number, new CancelRequest().reason("changed mind").lines(List.of("2")));
		assertThat(cancelled.getCancelled()).extracting(line -> line.getLineRef()).containsExactly("2");

		var changed = supplier.listSupplierOrders(pulled.getNextCursor(), 100, null, null, null).getOrders();
		var seen = changed.stream().filter(o -> o.getSupplierOrderNumber().equals(supplierOrder)).findFirst().orElseThrow();
		assertThat(seen.getLines()).extracting(Line::getLineRef, Line::getStatus)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", LineStatus.SHIPPED),
					org.assertj.core.groups.Tuple.tuple("2", LineStatus.CANCELLED));
		assertThat(seen.getShipments().get(0).getCarrier()).isEqualTo("DHL");
		assertThat(retailer.getOrder(number).getSupplierOrders().get(0).getShipments()).hasSize(1);
	}

	@Test
	void aRefusalReadsAsATypedProblem() throws Exception {
		var retailer = new RetailerApi(client("demo-shop-key"));
		var order = order(Orders.uniqueRef());
		order.getLines().get(0).quantity(0);

		var refused = catchThrowableOfType(ApiException.class, () -> retailer.placeOrder(order));

		assertThat(refused.getCode()).isEqualTo(400);
		var problem = client("demo-shop-key").getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
		assertThat(problem.getErrors()).extracting(error -> error.getField()).containsExactly("lines[0].quantity");
	}

	/** Where a poller starts: the cursor after every change so far. */
	private static String latestCursor(SupplierApi supplier) throws ApiException {
		String cursor = null;
		while (true) {
			var page = supplier.listSupplierOrders(cursor, 500, null, null, null);
			cursor = page.getNextCursor();
			if (!page.getHasMore()) {
				return cursor;
			}
		}
	}

	private static OrderRequest order(String ref) {
		return new OrderRequest().retailerOrderRef(ref)
			.placedAt(OffsetDateTime.parse("2026-11-22T09:30:00Z"))
			.currency("EUR")
			.customer(new Customer().name("Ada Lovelace").email("ada@example.com"))
			.shipTo(new Address().name("Ada Lovelace").line1("1 Main St").city("London").postalCode("SW1Y 4JH").country("GB"))
			.lines(List.of(new OrderLineRequest().lineRef("1").sku("ACME-HAMMER-16").supplierId("acme").quantity(2).unitPrice("12.50"),
					new OrderLineRequest().lineRef("2").sku("ACME-NAILS-500").supplierId("acme").quantity(1).unitPrice("2.49")));
	}

	private ApiClient client(String key) {
		var client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
		return client;
	}

}
