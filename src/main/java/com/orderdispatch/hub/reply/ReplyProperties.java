package com.orderdispatch.hub.reply;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Answers by email reply.
 *
 * @param secret signs the order reference in each order email's subject (at least 16 characters; from the
 * environment in production)
 */
@ConfigurationProperties("hub.reply")
record ReplyProperties(@DefaultValue("sandbox-reply-secret-change-me") String secret) {
}
