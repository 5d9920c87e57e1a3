package com.orderdispatch.hub.channel.email;

import java.util.Optional;

/**
 * How an order email is addressed so the supplier can answer it by replying: a subject reference and a Reply-To.
 * Provided by the reply feature; without it (or with replies off) order emails are sent as before.
 */
public interface ReplyAddressing {

	/** The subject suffix and Reply-To address (null: the sender) for this supplier order; empty when off. */
	Optional<Addressing> forOrder(String supplierOrderNumber);

	record Addressing(String subjectSuffix, String replyTo) {
	}

}
