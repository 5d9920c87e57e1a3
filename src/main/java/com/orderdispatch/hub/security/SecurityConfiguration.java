package com.orderdispatch.hub.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.system.ProblemJson;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what (README "Security" has the table). Spring Security authenticates every request before Camel
 * sees it; routes under routes/ carry no authentication step, so no edit of them can open an endpoint.
 * <p>
 * Chains, first match wins:
 * <ol>
 * <li>{@link #API_CHAIN_ORDER} the API, actuator and sandbox: stateless, credentials from the Authorization header
 * only (Bearer keys for retailers and suppliers, HTTP Basic for the admin), no session, no CSRF (no cookie ever
 * authenticates here);</li>
 * <li>room for a browser chain (the admin console: form login, session, CSRF) with an order between the two;</li>
 * <li>{@link #FALLBACK_CHAIN_ORDER} everything else: refused as not found, so nothing new is open by accident.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/** The API chain's position; a console chain goes between this and {@link #FALLBACK_CHAIN_ORDER}. */
	public static final int API_CHAIN_ORDER = 10;

	public static final int FALLBACK_CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

	public static final String ROLE_ADMIN = "ADMIN";

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	CallerHttpBinding hubHttpBinding(ProblemJson problems) {
		return new CallerHttpBinding(problems);
	}

	@Bean
	AuthenticationManager hubAuthenticationManager(LiveConfig config, ProductionRules rules, AdminProperties admin) {
		String adminPassword = admin.password();
		rules.checkAdminPassword(adminPassword);
		var manager = new ProviderManager(new ApiKeyAuthenticationProvider(config),
				new AdminAuthenticationProvider(adminPassword));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	FailedLogins failedLogins(SecurityProperties security) {
		var limits = security.failedLogins();
		return new FailedLogins(limits.limit(), limits.period(), limits.slowAfter());
	}

	@Bean
	@Order(API_CHAIN_ORDER)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authentication, FailedLogins failures,
			ProblemJson problemJson) throws Exception {
		RequestMatcher adminPaths = new OrRequestMatcher(PATHS.matcher("/api/v1/admin/**"),
				PATHS.matcher("/actuator/**"), PATHS.matcher("/sandbox/**"));
		RequestMatcher guardedPaths = new OrRequestMatcher(adminPaths, ApiKeyConverter.RETAILER_PATHS,
				ApiKeyConverter.SUPPLIER_PATHS);
		var problems = new ProblemResponses(problemJson, adminPaths, guardedPaths);
		var apiKeys = new AuthenticationFilter(authentication, new ApiKeyConverter());
		apiKeys.setSuccessHandler((request, response, auth) -> {
		});
		apiKeys.setFailureHandler(problems::commence);
		http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/actuator/**"),
				PATHS.matcher("/sandbox/**")))
			.authorizeHttpRequests(requests -> requests
				// Probes answer status only (details need the admin); an orchestrator's probe has no credentials.
				.requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/liveness"),
						PATHS.matcher("/actuator/health/readiness"))
				.permitAll()
				// The API reference is public: the OpenAPI description and Swagger UI hold no data.
				.requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/v1/openapi.json"),
						PATHS.matcher(HttpMethod.GET, "/api/v1/openapi.yaml"), PATHS.matcher(HttpMethod.GET, "/api/docs"),
						PATHS.matcher(HttpMethod.GET, "/api/docs/**"))
				.permitAll()
				.requestMatchers(ApiKeyConverter.RETAILER_PATHS)
				.hasRole("RETAILER")
				.requestMatchers(ApiKeyConverter.SUPPLIER_PATHS)
				.hasRole("SUPPLIER")
				.requestMatchers(PATHS.matcher("/api/v1/admin/**"), PATHS.matcher("/actuator/**"))
				.hasRole(ROLE_ADMIN)
				.requestMatchers(PATHS.matcher("/sandbox/**"))
				.access(loopbackOrAdmin())
				// An operation added to the REST routes is closed until it has a rule here.
				.anyRequest()
				.denyAll())
			.authenticationManager(authentication)
			.httpBasic(basic -> basic.realmName("hub-admin").authenticationEntryPoint(problems))
			.addFilterBefore(apiKeys, BasicAuthenticationFilter.class)
			// Early, so that it sees every attempt and the 401 of every failed one, whichever filter refused it.
			.addFilterAfter(new FailedLoginFilter(failures, problems), SecurityContextHolderFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

	@Bean
	@Order(FALLBACK_CHAIN_ORDER)
	SecurityFilterChain fallbackChain(HttpSecurity http, ProblemJson problemJson) throws Exception {
		var problems = new ProblemResponses(problemJson, request -> false, request -> false);
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(PATHS.matcher("/error"))
			.permitAll()
			.anyRequest()
			.denyAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/** The sandbox shows customers' emails and webhooks: only this machine, or the admin, may look. */
	private static AuthorizationManager<RequestAuthorizationContext> loopbackOrAdmin() {
		return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
			boolean admin = authentication.get() != null && authentication.get()
				.getAuthorities()
				.stream()
				.anyMatch(authority -> ("ROLE_" + ROLE_ADMIN).equals(authority.getAuthority()));
			return new AuthorizationDecision(admin || isLoopback(context.getRequest().getRemoteAddr()));
		};
	}

	private static boolean isLoopback(String address) {
		try {
			// A literal address from the connection: no name lookup happens here.
			return address != null && InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
