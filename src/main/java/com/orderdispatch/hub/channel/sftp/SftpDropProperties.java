package com.orderdispatch.hub.channel.sftp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled SFTP drops (docs/sftp.md; the claim and record sizes are engine tuning, docs/tuning.md).
 *
 * @param filesPerClaim a run claims this many due files at a time, and claims again until none are left
 * @param recordEvery dropped files' outcomes are committed this many at a time, never before their rename
 * @param connectTimeout how long to wait to connect to the supplier's server (read by routes/channel-sftp.camel.yaml)
 * @param timeout how long to wait for an answer of the server (read by routes/channel-sftp.camel.yaml)
 */
@ConfigurationProperties("hub.sftp")
record SftpDropProperties(@DefaultValue("1000") int filesPerClaim, @DefaultValue("50") int recordEvery,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration timeout) {
}
