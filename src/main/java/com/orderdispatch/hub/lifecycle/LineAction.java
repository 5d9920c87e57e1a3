package com.orderdispatch.hub.lifecycle;

/** What can be done to a supplier order's lines. */
public enum LineAction {

	ACCEPT, REJECT, SHIP, CANCEL, OPEN_INCIDENT, CLOSE_INCIDENT

}
