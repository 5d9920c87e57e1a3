package com.orderdispatch.hub.apidoc;

import com.orderdispatch.hub.system.ProblemJson;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maps the API reference in front of Camel's /api/*: exact and longer path mappings win over it. */
@Configuration(proxyBeanMethods = false)
class ApiReferenceConfiguration {

	@Bean
	ServletRegistrationBean<ApiReferenceServlet> apiReferenceServlet(ApiDescription description,
			ProblemJson problems) {
		var registration = new ServletRegistrationBean<>(new ApiReferenceServlet(description, problems),
				ApiReferenceServlet.JSON_PATH, ApiReferenceServlet.YAML_PATH, ApiReferenceServlet.DOCS_PATH,
				ApiReferenceServlet.DOCS_PATH + "/*");
		registration.setName("apiReference");
		return registration;
	}

}
