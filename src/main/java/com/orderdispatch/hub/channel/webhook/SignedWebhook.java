package com.orderdispatch.hub.channel.webhook;

/** A webhook ready to send: the Standard Webhooks headers' values and the exact bytes they sign. */
record SignedWebhook(String id, long timestamp, String signature, byte[] body) {
}
