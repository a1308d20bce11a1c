package vn.khenthuong.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link AccessRule} (a Spring bean) that decides who may call this controller method. Every method
 * that changes something names one; {@code AccessRuleCoverageTest} holds us to that.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CheckedBy {

    Class<? extends AccessRule> value();
}
