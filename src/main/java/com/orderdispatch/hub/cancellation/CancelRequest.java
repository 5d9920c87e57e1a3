package com.orderdispatch.hub.cancellation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.orderdispatch.hub.system.SingleLine;

/** A retailer's cancellation: why, and which lines (by the retailer's lineRef); no lines means the whole order. */
record CancelRequest(@NotBlank @Size(max = 1000) String reason,
		@Size(max = 500) List<@NotBlank @SingleLine String> lines) {
}
