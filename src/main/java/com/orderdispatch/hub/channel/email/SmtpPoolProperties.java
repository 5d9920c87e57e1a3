package com.orderdispatch.hub.channel.email;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many SMTP connections the hub keeps open between sends, and for how long.
 *
 * @param maxIdle at most this many wait for the next send; 0 opens a connection for every email
 * @param idleTimeout one unused for this long is closed (well under the server's own idle timeout, often 5 min)
 */
@ConfigurationProperties("hub.mail.pool")
@Validated
record SmtpPoolProperties(@DefaultValue("8") @Min(0) int maxIdle, @DefaultValue("30s") @NotNull Duration idleTimeout) {
}
