package vn.khenthuong.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;

/**
 * Whose figures a person sees: Ban TĐKT, the council, the chairman and the auditor of the province see the
 * province; Phòng Nội vụ, the council and the chairman of a district (commune) see its units; a unit's
 * secretary sees the unit; an administrator sees every province. Within that, any organisation may be chosen.
 */
@Component
class StatisticsAccess {

    private static final Set<OrgRole> OVERSEEING = Set.of(OrgRole.REVIEWER, OrgRole.COUNCIL, OrgRole.CHAIRMAN,
            OrgRole.AUDITOR, OrgRole.SECRETARY);

    private final OrganisationService organisations;

    StatisticsAccess(OrganisationService organisations) {
        this.organisations = organisations;
    }

    OrganisationTree tree() {
        return new OrganisationTree(organisations.all());
    }

    /** The organisations the person may choose as scope, each followed by those below it. */
    List<Organisation> choices(CurrentUser user, OrganisationTree tree) {
        List<Organisation> choices = new ArrayList<>();
        for (Organisation root : roots(user, tree)) {
            tree.withDescendants(root).stream().filter(o -> !choices.contains(o)).forEach(choices::add);
        }
        return choices;
    }

    /** The scope asked for if the person may see it, else their first; refused when they may see none. */
    Organisation scope(CurrentUser user, String requested, OrganisationTree tree) {
        List<Organisation> roots = roots(user, tree);
        if (roots.isEmpty()) {
            throw new AccessDeniedException("Không có quyền xem thống kê khen thưởng");
        }
        if (requested == null || requested.isBlank()) {
            return roots.get(0);
        }
        return tree.find(requested.strip()).filter(o -> roots.stream().anyMatch(r -> tree.isWithin(o.code(), r.code())))
                .orElseThrow(() -> new AccessDeniedException("Không có quyền xem thống kê của " + requested));
    }

    private List<Organisation> roots(CurrentUser user, OrganisationTree tree) {
        if (user.admin()) {
            return tree.all().stream().filter(o -> o.kind() == OrgKind.PROVINCE).toList();
        }
        List<Organisation> roots = new ArrayList<>();
        for (Membership m : user.memberships()) {
            if (OVERSEEING.contains(m.role())) {
                tree.find(m.orgCode()).filter(o -> !roots.contains(o)).ifPresent(roots::add);
            }
        }
        roots.sort(java.util.Comparator.comparing(Organisation::level).reversed());
        return roots;
    }
}
