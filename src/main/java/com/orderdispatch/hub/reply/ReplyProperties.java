package com.orderdispatch.hub.reply;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Answers by email reply.
 *
 * @param enabled whether the replies mailbox is read and order emails carry a reply reference
 * @param address the replies mailbox's address, the order emails' Reply-To (empty: replies go to the sender)
 * @param secret signs the order reference in each order email's subject (at least 16 characters; from the
 * environment in production)
 */
@ConfigurationProperties("hub.reply")
record ReplyProperties(boolean enabled, String address, @DefaultValue("sandbox-reply-secret-change-me") String secret) {
}
