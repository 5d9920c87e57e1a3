package com.orderdispatch.hub.channel.email;

import java.util.HashMap;

import com.orderdispatch.hub.config.ConfigApplied;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

class EmailChannelRoutesIntegrationTests extends EmailIntegrationTestSupport {

	@Autowired
	CamelContext camel;

	@Autowired
	LiveConfig config;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void keepsOneRoutePerSupplierWithAnEmailChannel() {
		assertThat(camel.getRoute("channel-email-acme")).isNotNull();
		assertThat(camel.getRoute("channel-email-plainco")).isNotNull();
		assertThat(camel.getRoute("channel-email-globex")).isNull();
		assertThat(camel.getRoute("channel-email-acme").getEndpoint().getEndpointUri())
			.isEqualTo("direct://channel-email-acme");
	}

	@Test
	void removesAndAddsRoutesAsTheConfigurationChanges() {
		HubConfig real = config.current();
		var suppliers = new HashMap<>(real.suppliers());
		suppliers.remove("plainco");
		try {
			events.publishEvent(new ConfigApplied(new HubConfig(real.retailers(), suppliers, real.catalog())));
			assertThat(camel.getRoute("channel-email-plainco")).isNull();
		}
		finally {
			events.publishEvent(new ConfigApplied(real));
		}
		assertThat(camel.getRoute("channel-email-plainco")).isNotNull();
		awaitDelivered(order("demo-shop-key", "ROUTE-1", "plainco", "Ada Lovelace", ""));
		assertThat(receivedBy("orders@plainco.example")).hasSize(1);
	}

}
