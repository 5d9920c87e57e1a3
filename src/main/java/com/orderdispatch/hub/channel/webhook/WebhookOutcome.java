package com.orderdispatch.hub.channel.webhook;

import java.time.Duration;

import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

import org.springframework.stereotype.Component;

/**
 * Turns the receiver's answer into the engine's outcome: any 2xx is delivered; 410 means the endpoint is gone; a 3xx
 * is a failure (redirects are not followed, so a moved endpoint is noticed instead of orders silently going
 * elsewhere); 429 and 503 may ask for a delay with Retry-After; anything else is retried on the schedule.
 */
@Component("webhookOutcome")
class WebhookOutcome {

	private final RetryAfter retryAfter;

	WebhookOutcome(RetryAfter retryAfter) {
		this.retryAfter = retryAfter;
	}

	public DeliveryOutcome of(@Header(Exchange.HTTP_RESPONSE_CODE) int status,
			@Header("Retry-After") String retryAfterHeader) {
		if (status >= 200 && status < 300) {
			return new DeliveryOutcome.Delivered(status);
		}
		if (status == 410) {
			return new DeliveryOutcome.EndpointGone("HTTP 410 Gone: the receiver retired this endpoint", status);
		}
		if (status == 429 || status == 503) {
			Duration wait = retryAfter.parse(retryAfterHeader);
			if (wait != null) {
				return new DeliveryOutcome.RetryLater("HTTP " + status, wait, status);
			}
		}
		return new DeliveryOutcome.Retry("HTTP " + status, status);
	}

}
