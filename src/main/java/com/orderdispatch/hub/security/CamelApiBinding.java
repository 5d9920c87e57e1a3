package com.orderdispatch.hub.security;

import java.util.HashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.component.servlet.ServletComponent;
import org.apache.camel.spring.boot.CamelContextConfiguration;

import org.springframework.stereotype.Component;

/**
 * Makes every servlet endpoint, REST operations included, use {@link CallerHttpBinding} with muted exceptions. Set
 * here in code, not in routes/, so that no route edit can change how credentials and callers are handled.
 */
@Component
class CamelApiBinding implements CamelContextConfiguration {

	private final CallerHttpBinding binding;

	CamelApiBinding(CallerHttpBinding binding) {
		this.binding = binding;
	}

	@Override
	public void beforeApplicationStart(CamelContext camelContext) {
		var servlet = camelContext.getComponent("servlet", ServletComponent.class);
		servlet.setHttpBinding(binding);
		servlet.setMuteException(true);
		var rest = camelContext.getRestConfiguration();
		var properties = new HashMap<String, Object>();
		if (rest.getEndpointProperties() != null) {
			properties.putAll(rest.getEndpointProperties());
		}
		// REST consumers otherwise make a binding of their own and ignore the component's.
		properties.put("httpBinding", "#" + CallerHttpBinding.BEAN_NAME);
		properties.put("muteException", "true");
		rest.setEndpointProperties(properties);
	}

	@Override
	public void afterApplicationStart(CamelContext camelContext) {
	}

}
