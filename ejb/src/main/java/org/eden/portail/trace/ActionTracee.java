package org.eden.portail.trace;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method as a traced action (R-TRACE-1): {@link IntercepteurTraces} records its
 * success in the same transaction, and its failure or refusal even when the transaction rolls back.
 * <p>
 * Convention: the method's first parameter is the id of what it acts on (an identifier, an
 * organisation id…); a returned {@link ResultatTracable} may say better. No other parameter is
 * ever recorded (passwords, e-mail addresses stay out of the traces).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ActionTracee {

    /** The action code, e.g. {@code CONNEXION}. */
    @Nonbinding
    String value() default "";

    /** The kind of thing the first parameter identifies, e.g. {@code UTILISATEUR}. */
    @Nonbinding
    String cible() default "";

    /**
     * True when the person acting is the one the first parameter names, whoever the Shiro subject
     * is (a login attempt, a forgotten password, the end of a session).
     */
    @Nonbinding
    boolean acteurEstCible() default false;
}
