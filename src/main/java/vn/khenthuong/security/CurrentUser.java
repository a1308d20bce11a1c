package vn.khenthuong.security;

import java.util.List;

import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrgRole;

/** The signed-in person: their Camunda user id and the roles they hold at organisations. */
public record CurrentUser(String userId, List<Membership> memberships, boolean admin) {

    public boolean isAuditor() {
        return has(OrgRole.AUDITOR);
    }

    public boolean has(OrgRole role) {
        return memberships.stream().anyMatch(m -> m.role() == role);
    }

    public List<String> orgCodesWith(OrgRole role) {
        return memberships.stream().filter(m -> m.role() == role).map(Membership::orgCode).toList();
    }

    public List<String> groupIds() {
        return memberships.stream().map(Membership::groupId).toList();
    }
}
