package com.orderdispatch.hub.reply;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One signer for the references the order emails carry and the replies that bring them back. */
@Configuration(proxyBeanMethods = false)
class ReplyConfiguration {

	/**
	 * With replies on, the configured secret (the prod profile has no default for it). With replies off and no
	 * usable secret, a throwaway one: nothing is signed or read then.
	 */
	@Bean
	ReplyToken replyToken(ReplyProperties properties) {
		String secret = properties.secret();
		if (secret == null || secret.length() < 16) {
			if (properties.enabled()) {
				throw new IllegalStateException(
						"hub.reply.secret (HUB_REPLY_SECRET) needs at least 16 characters while hub.reply.enabled");
			}
			secret = UUID.randomUUID().toString();
		}
		return new ReplyToken(secret);
	}

}
