package vn.khenthuong.security;

import java.util.Map;

import org.springframework.stereotype.Component;

/** Anyone signed in (the filter chains have already refused everyone else): a request that changes nothing. */
@Component
public class SignedIn implements AccessRule {

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        // signed in is all it takes
    }
}
