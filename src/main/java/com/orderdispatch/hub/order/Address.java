package com.orderdispatch.hub.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.orderdispatch.hub.system.SingleLine;

/** A delivery address. {@code country} is an ISO 3166-1 alpha-2 code. */
public record Address(@NotBlank @Size(max = 200) @SingleLine String name,
		@Size(max = 200) @SingleLine String company, @NotBlank @Size(max = 200) @SingleLine String line1,
		@Size(max = 200) @SingleLine String line2, @NotBlank @Size(max = 100) @SingleLine String city,
		@Size(max = 100) @SingleLine String region, @NotBlank @Size(max = 20) @SingleLine String postalCode,
		@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as GB") String country) {
}
