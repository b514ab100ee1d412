package org.perfeval.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The figures a bench class measures: it runs when {@code -Dbench.only} names any of them (or is not given). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Figures {
    String[] value();
}
