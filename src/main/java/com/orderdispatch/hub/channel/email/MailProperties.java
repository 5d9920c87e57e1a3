package com.orderdispatch.hub.channel.email;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the hub writes into the emails it sends. The SMTP connection itself (host, port, TLS, credentials) is only
 * ever named in the {@code hub.mail.uri} placeholder the routes send to, so no bean holds a credential.
 *
 * @param from the sender address, e.g. orders@hub.example
 * @param fromName the sender's display name
 * @param messageIdDomain the right-hand side of each Message-ID, {@code <msg_...@domain>}
 * @param templates the folder holding the editable email templates
 */
@ConfigurationProperties("hub.mail")
@Validated
record MailProperties(@NotBlank String from, @DefaultValue("Order Dispatch Hub") String fromName,
		@DefaultValue("order-dispatch-hub") @NotBlank String messageIdDomain,
		@DefaultValue("config/templates") @NotNull Path templates) {
}
