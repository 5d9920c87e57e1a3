package com.orderdispatch.hub.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The console's filter chain: form login with the admin role, a session, CSRF protection on every change, and
 * logout that ends the session. It only covers {@code /console/**} and the WebJars it loads; the API keeps its own
 * stateless chain.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	static final String ADMIN_ROLE = "ADMIN";

	@Bean
	@Order(1)
	SecurityFilterChain consoleChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/console/**", "/webjars/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/webjars/**", "/console/login", "/console/assets/**")
				.permitAll()
				.anyRequest()
				.hasRole(ADMIN_ROLE))
			.formLogin(form -> form.loginPage("/console/login")
				.loginProcessingUrl("/console/login")
				.defaultSuccessUrl("/console", true)
				.failureUrl("/console/login?error"))
			.logout(logout -> logout.logoutUrl("/console/logout")
				.logoutSuccessUrl("/console/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
							+ "frame-ancestors 'none'; form-action 'self'")));
		return http.build();
	}

	/**
	 * Everything outside the console, until the API's own chain takes over: the API routes still authenticate
	 * callers themselves (bearer keys, admin Basic), so this chain lets requests through unchanged.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain passThroughChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
