package com.orderdispatch.hub.reply;

import java.util.Optional;

import com.orderdispatch.hub.channel.email.ReplyAddressing;

import org.springframework.stereotype.Component;

/** Gives each order email the signed subject reference and Reply-To its reply is matched by, while replies are on. */
@Component
class ReplyReference implements ReplyAddressing {

	private final ReplyProperties properties;

	private final ReplyToken token;

	ReplyReference(ReplyProperties properties, ReplyToken token) {
		this.properties = properties;
		this.token = token;
	}

	@Override
	public Optional<Addressing> forOrder(String supplierOrderNumber) {
		if (!properties.enabled()) {
			return Optional.empty();
		}
		String replyTo = properties.address() == null || properties.address().isBlank() ? null : properties.address();
		return Optional.of(new Addressing(token.reference(supplierOrderNumber), replyTo));
	}

}
