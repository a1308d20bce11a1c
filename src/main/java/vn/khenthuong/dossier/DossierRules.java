package vn.khenthuong.dossier;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.security.AccessRule;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.security.RoleHolders;

/** Who may act on dossiers, decided before a request's body is read (see {@link vn.khenthuong.security.CheckedBy}). */
final class DossierRules {

    private DossierRules() {
    }

    /** Creating a dossier: a unit's secretary. */
    @Component
    static class Secretary extends RoleHolders {

        Secretary() {
            super(OrgRole.SECRETARY);
        }
    }

    /** Changing dossier {id}: 404 when the user may not see it, 403 when they only read it. */
    @Component
    static class Writable implements AccessRule {

        private final DossierRepository repository;
        private final DossierAccess access;

        Writable(DossierRepository repository, DossierAccess access) {
            this.repository = repository;
            this.access = access;
        }

        @Override
        public void check(CurrentUser user, Map<String, String> pathVariables) {
            access.writable(user, AccessRule.id(pathVariables, "id").flatMap(repository::find));
        }
    }
}
