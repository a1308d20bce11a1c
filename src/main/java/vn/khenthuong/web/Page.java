package vn.khenthuong.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import vn.khenthuong.kernel.Refusal;

/**
 * Marks a controller of pages: what it refuses (an {@link Refusal}, a denied access) is answered
 * with the Vietnamese error pages instead of the API's JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Page {
}
