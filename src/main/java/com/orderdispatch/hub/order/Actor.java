package com.orderdispatch.hub.order;

/** Who made a change: recorded with every status change. */
public enum Actor {

	SUPPLIER, RETAILER,
	/** An administrator acting on behalf of the supplier. */
	ADMIN,
	/** The hub itself, e.g. auto-accept at intake. */
	AUTOMATIC

}
