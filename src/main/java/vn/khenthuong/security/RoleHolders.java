package vn.khenthuong.security;

import java.util.Map;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrgRole;

/** Whoever holds the role at some organisation; at which one is the service's to check, with the body. */
public abstract class RoleHolders implements AccessRule {

    private final OrgRole role;

    protected RoleHolders(OrgRole role) {
        this.role = role;
    }

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        if (!user.has(role)) {
            throw Refusal.forbidden();
        }
    }
}
