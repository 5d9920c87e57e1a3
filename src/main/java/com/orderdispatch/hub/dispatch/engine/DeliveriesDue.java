package com.orderdispatch.hub.dispatch.engine;

/** Published when deliveries became due now (an admin's retry, an endpoint re-enabled): the dispatcher claims. */
public record DeliveriesDue(int count) {
}
