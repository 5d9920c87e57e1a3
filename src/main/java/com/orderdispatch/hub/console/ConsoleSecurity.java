package com.orderdispatch.hub.console;

import com.orderdispatch.hub.security.AdminProperties;
import com.orderdispatch.hub.security.FailedLogins;
import com.orderdispatch.hub.security.SecurityConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The console's filter chain, between the API chain and the fallback (see {@link SecurityConfiguration}): form login
 * with the admin role, a session, CSRF protection on every change, and logout that ends the session. Failed logins
 * count with the API's (slowed, then 429). It covers only {@code /console/**} and the WebJars the pages load.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	static final String ADMIN_ROLE = SecurityConfiguration.ROLE_ADMIN;

	static final int CONSOLE_CHAIN_ORDER = SecurityConfiguration.API_CHAIN_ORDER + 10;

	@Bean
	@Order(CONSOLE_CHAIN_ORDER)
	SecurityFilterChain consoleChain(HttpSecurity http, FailedLogins failures, AdminProperties admin)
			throws Exception {
		String adminPassword = admin.password();
		http.securityMatcher("/console/**", "/webjars/**")
			.authenticationManager(new ProviderManager(new ConsoleLogin(adminPassword)))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/webjars/**", "/console/login", "/console/assets/**")
				.permitAll()
				.anyRequest()
				.hasRole(ADMIN_ROLE))
			.formLogin(form -> form.loginPage("/console/login")
				.loginProcessingUrl("/console/login")
				.defaultSuccessUrl("/console", true)
				.failureHandler((request, response, exception) -> {
					failures.failed(request.getRemoteAddr());
					response.sendRedirect(request.getContextPath() + "/console/login?error");
				}))
			.addFilterBefore(new ConsoleLoginThrottle(failures), UsernamePasswordAuthenticationFilter.class)
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

}
