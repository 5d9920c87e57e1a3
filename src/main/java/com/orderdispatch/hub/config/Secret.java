package com.orderdispatch.hub.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a setting that holds a secret (a key, a password, signing secrets). The marks on the settings records are
 * the one list of secret fields: {@link SecretFields} reads them for the admin API, the console and the audit log,
 * so a secret added to a settings type is hidden everywhere by marking it here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Secret {

}
