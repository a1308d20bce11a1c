package vn.khenthuong.security;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.Refusal;

/** Only members of Camunda's administrators group (the organisation tree, settings, the working calendar). */
@Component
public class Administrators implements AccessRule {

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        if (!user.admin()) {
            throw Refusal.forbidden();
        }
    }
}
