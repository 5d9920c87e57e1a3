package com.orderdispatch.hub.system;

import java.math.BigDecimal;
import java.time.Clock;

import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring shared by every API: the request guard, JSON money and the clock all timestamps come from. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	/** Money goes out as decimal strings, as it comes in: no client should parse a price into a double. */
	@Bean
	Jackson2ObjectMapperBuilderCustomizer moneyAsStrings() {
		return builder -> builder.serializerByType(BigDecimal.class, ToStringSerializer.instance);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProperties api, ProblemJson problems) {
		var registration = new FilterRegistrationBean<>(new ApiRequestFilter(api.maxBodySize().toBytes(), problems));
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseAvailability database,
			ProblemJson problems) {
		var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(database, problems));
		registration.addUrlPatterns("/api/*");
		return registration;
	}

}
