package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.channel.webhook.WebhookSignature;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.channel.webhook.WebhookSettings;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supplier's webhook receiver built into the hub for demos and local runs: it checks the signature with the
 * supplier's configured secret and keeps what it received, one JSON line per event. Bodies are size-limited and
 * only the newest entries per supplier are kept (see SandboxInbox). Reachable from this machine or by the admin
 * only (SecurityConfiguration); off, and refused, in production.
 */
@RestController
@ConditionalOnProperty(name = "hub.sandbox.enabled", havingValue = "true")
class SandboxWebhookReceiver {

	private final LiveConfig config;

	private final SandboxInbox inbox;

	private final long maxBodyBytes;

	SandboxWebhookReceiver(LiveConfig config, SandboxInbox inbox, SandboxProperties sandbox) {
		this.config = config;
		this.inbox = inbox;
		this.maxBodyBytes = sandbox.maxBodySize().toBytes();
	}

	@PostMapping("/sandbox/webhooks/{supplierId}")
	ResponseEntity<Map<String, Object>> receive(@PathVariable String supplierId,
			@RequestHeader(name = "webhook-id", required = false) String id,
			@RequestHeader(name = "webhook-timestamp", required = false) String timestamp,
			@RequestHeader(name = "webhook-signature", required = false) String signature,
			HttpServletRequest request) throws IOException {
		List<String> secrets = secrets(supplierId);
		if (secrets == null) {
			return ResponseEntity.notFound().build();
		}
		// Read no more than the limit, whatever Content-Length says (or does not say).
		byte[] received = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
		if (received.length > maxBodyBytes) {
			return ResponseEntity.status(413).body(Map.of("error", "body larger than " + maxBodyBytes + " bytes"));
		}
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
