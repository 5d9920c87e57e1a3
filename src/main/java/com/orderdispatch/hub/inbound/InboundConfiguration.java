package com.orderdispatch.hub.inbound;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Camel's JDBC idempotent repository on the hub's own database (table camel_messageprocessed, made by Flyway). It
 * runs in the caller's transaction, so a file's entry commits together with the changes the file made.
 */
@Configuration(proxyBeanMethods = false)
class InboundConfiguration {

	static final String PROCESSOR_NAME = "inbound-status-files";

	@Bean(initMethod = "start", destroyMethod = "stop")
	JdbcMessageIdRepository inboundAppliedFiles(DataSource dataSource, TransactionTemplate transaction) {
		var repository = new JdbcMessageIdRepository(dataSource, transaction, PROCESSOR_NAME);
		repository.setCreateTableIfNotExists(false);
		return repository;
	}

}
