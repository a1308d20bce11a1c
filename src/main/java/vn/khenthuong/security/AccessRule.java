package vn.khenthuong.security;

import java.util.Map;
import java.util.Optional;

import vn.khenthuong.kernel.Refusal;

/**
 * Who may make a request, decided from the person and the request's path alone. A controller method
 * names its rule with {@link CheckedBy}; {@link AccessRuleInterceptor} applies it before the body is
 * read, bound or validated, so that someone who may not act is refused whatever they send.
 */
public interface AccessRule {

    /**
     * Throws an {@code Refusal}: 403 when the user may not make the request, 404 when it names an
     * object the user may not even see.
     */
    void check(CurrentUser user, Map<String, String> pathVariables);

    /** The path variable as an id; empty when absent or not a plain number, which names no object. */
    static Optional<Long> id(Map<String, String> pathVariables, String name) {
        try {
            return Optional.of(Long.parseLong(pathVariables.getOrDefault(name, "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
