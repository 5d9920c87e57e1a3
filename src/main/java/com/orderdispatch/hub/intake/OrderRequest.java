package com.orderdispatch.hub.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.orderdispatch.hub.order.Address;
import com.orderdispatch.hub.order.Customer;
import com.orderdispatch.hub.system.SingleLine;

/** A retailer's order in the intake format ({@code POST /api/v1/orders}). */
record OrderRequest(@NotBlank @Size(max = 100) @SingleLine String retailerOrderRef, @NotNull Instant placedAt,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") String currency,
		@NotNull @Valid Customer customer, @NotNull @Valid Address shipTo,
		@NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines, @Size(max = 2000) String notes) {

	record Line(@NotBlank @Size(max = 64) @SingleLine String lineRef, @NotBlank @Size(max = 100) @SingleLine String sku,
			@Size(max = 64) @SingleLine String supplierId, @Size(max = 500) @SingleLine String description,
			@NotNull @Min(1) @Max(100_000) Integer quantity,
			@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice) {
	}

}
