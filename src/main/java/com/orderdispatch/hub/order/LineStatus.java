package com.orderdispatch.hub.order;

/** Where one line of a supplier order stands; a line stays ACCEPTED while only part of it has shipped. */
public enum LineStatus {

	PENDING, ACCEPTED, REJECTED, SHIPPED, CANCELLED,
	/** An incident (damaged, missing, wrong item, ...) is open; closing it returns the line to its status before. */
	INCIDENT_OPEN

}
