package vn.khenthuong.decision;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.security.AccessRule;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.security.RoleHolders;

/** Who may act on decisions, decided before a request's body is read (see {@link vn.khenthuong.security.CheckedBy}). */
final class DecisionRules {

    private DecisionRules() {
    }

    /** Drafting a decision: the staff (REVIEWER) of an issuing body. */
    @Component
    static class Staff extends RoleHolders {

        Staff() {
            super(OrgRole.REVIEWER);
        }
    }

    /** Revising draft {id}: 404 when the user may not read it, 403 unless they are its issuing body's staff. */
    @Component
    static class Revisable implements AccessRule {

        private final DecisionRepository repository;
        private final DecisionAccess access;

        Revisable(DecisionRepository repository, DecisionAccess access) {
            this.repository = repository;
            this.access = access;
        }

        @Override
        public void check(CurrentUser user, Map<String, String> pathVariables) {
            AwardDecision draft = access.readable(user, AccessRule.id(pathVariables, "id").flatMap(repository::find));
            if (!DecisionAccess.isStaff(user, draft)) {
                throw Refusal.forbidden();
            }
        }
    }
}
