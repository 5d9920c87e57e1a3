package com.orderdispatch.hub.supplierapi;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.orderdispatch.hub.lifecycle.LifecycleCommand;
import com.orderdispatch.hub.system.SingleLine;

/** The bodies of the supplier API's calls. {@code lines} absent or empty means every line the call applies to. */
final class SupplierRequests {

	private SupplierRequests() {
	}

	record Accept(@Size(max = 500) List<@NotBlank @SingleLine String> lines, @Size(max = 1000) String note) {

		LifecycleCommand toCommand() {
			return new LifecycleCommand.Accept(orEmpty(lines), note);
		}

	}

	record Reject(@NotBlank @SingleLine String reason, @Size(max = 500) List<@NotBlank @SingleLine String> lines,
			@Size(max = 1000) String note) {

		LifecycleCommand toCommand() {
			return new LifecycleCommand.Reject(orEmpty(lines), reason, note);
		}

	}

	record Shipment(@Size(max = 100) @SingleLine String shipmentRef, @NotBlank @SingleLine String carrier,
			@Size(max = 100) @SingleLine String trackingNumber, @Size(max = 1000) @SingleLine String trackingUrl,
			@Size(max = 500) List<@NotNull @Valid Line> lines, @Size(max = 1000) String note) {

		LifecycleCommand toCommand() {
			return new LifecycleCommand.Ship(shipmentRef, carrier, trackingNumber, trackingUrl,
					orEmpty(lines).stream().map(l -> new LifecycleCommand.ShipLine(l.lineRef(), l.quantity())).toList(),
					note);
		}

	}

	record Line(@NotBlank @SingleLine String lineRef, @NotNull @Min(1) @Max(100_000) Integer quantity) {
	}

	record Cancel(@NotBlank @Size(max = 1000) String note, @Size(max = 500) List<@NotBlank @SingleLine String> lines) {

		LifecycleCommand toCommand(String reason) {
			return new LifecycleCommand.Cancel(orEmpty(lines), reason, note);
		}

	}

	record Delivered(@Size(max = 1000) String note) {

		LifecycleCommand toCommand() {
			return new LifecycleCommand.Deliver(note);
		}

	}

	record OpenIncident(@NotBlank @Size(max = 64) @SingleLine String reason,
			@Size(max = 500) List<@NotBlank @SingleLine String> lines, @Size(max = 1000) String note) {

		LifecycleCommand toCommand() {
			return new LifecycleCommand.OpenIncident(orEmpty(lines), reason, note);
		}

	}

	record CloseIncident(@NotBlank @Size(max = 1000) @SingleLine String resolution,
			@Size(max = 500) List<@NotBlank @SingleLine String> lines, @Size(max = 1000) String note) {

		LifecycleCommand toCommand() {
			return new LifecycleCommand.CloseIncident(orEmpty(lines), resolution, note);
		}

	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
