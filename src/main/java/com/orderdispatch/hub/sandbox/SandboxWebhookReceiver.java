package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.channel.webhook.WebhookSignature;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.channel.webhook.WebhookSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supplier's webhook receiver built into the hub for demos and local runs: it checks the signature with the
 * supplier's configured secret and keeps what it received, one JSON line per event. Off in production.
 */
@RestController
@ConditionalOnProperty(name = "hub.sandbox.enabled", havingValue = "true")
class SandboxWebhookReceiver {

	private final LiveConfig config;

	private final SandboxInbox inbox;

	SandboxWebhookReceiver(LiveConfig config, SandboxInbox inbox) {
		this.config = config;
		this.inbox = inbox;
	}

	@PostMapping("/sandbox/webhooks/{supplierId}")
	ResponseEntity<Map<String, Object>> receive(@PathVariable String supplierId,
			@RequestHeader(name = "webhook-id", required = false) String id,
			@RequestHeader(name = "webhook-timestamp", required = false) String timestamp,
			@RequestHeader(name = "webhook-signature", required = false) String signature,
			@RequestBody(required = false) byte[] body) throws IOException {
		List<String> secrets = secrets(supplierId);
		if (secrets == null) {
			return ResponseEntity.notFound().build();
		}
		byte[] received = body == null ? new byte[0] : body;
		boolean verified = WebhookSignature.verify(secrets, id, timestamp, received, signature);
		inbox.append(supplierId, id, timestamp, verified, received);
		// A real receiver refuses a bad signature; so does the sandbox, and the hub's retries show it.
		return ResponseEntity.status(verified ? 200 : 401).body(Map.of("verified", verified));
	}

	@GetMapping(path = "/sandbox/webhooks/{supplierId}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Object>> received(@PathVariable String supplierId) throws IOException {
		if (secrets(supplierId) == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok(inbox.read(supplierId));
	}

	/** The supplier's webhook secrets, or null for a supplier without a webhook (which also rules out odd paths). */
	private List<String> secrets(String supplierId) {
		return config.current()
			.supplier(supplierId)
			.flatMap(supplier -> supplier.channelsOrNone().active("webhook", WebhookSettings.class))
			.map(WebhookSettings::secrets)
			.orElse(null);
	}

}
