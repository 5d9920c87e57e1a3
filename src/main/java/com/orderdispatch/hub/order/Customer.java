package com.orderdispatch.hub.order;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.orderdispatch.hub.system.SingleLine;

/** The person who bought, as the retailer sent them. */
public record Customer(@NotBlank @Size(max = 200) @SingleLine String name,
		@Email @Size(max = 254) @SingleLine String email, @Size(max = 40) @SingleLine String phone) {
}
