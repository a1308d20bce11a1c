package vn.khenthuong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test of the whole application on a real PostgreSQL with the demo data. Every
 * {@code *IT} uses this one annotation unchanged so that they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@Import(EmbeddedPostgresConfig.class)
public @interface PostgresIntegrationTest {
}
