package vn.khenthuong.decision;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;

/**
 * Who may read a decision: the issuing body's staff, council and chairman; the district reviewers
 * whose units' dossiers it decides; the secretaries of the recipients' units; auditors and admins.
 * Only the issuing body's staff (REVIEWER) prepare drafts.
 */
@Component
class DecisionAccess {

    static final String NOT_FOUND = "Không tìm thấy quyết định";
    private static final Set<OrgRole> REVIEWING = Set.of(OrgRole.REVIEWER, OrgRole.COUNCIL, OrgRole.CHAIRMAN);

    private final OrganisationService organisations;

    DecisionAccess(OrganisationService organisations) {
        this.organisations = organisations;
    }

    boolean canRead(CurrentUser user, AwardDecision decision) {
        if (user.admin() || user.isAuditor()) {
            return true;
        }
        for (Membership m : user.memberships()) {
            if (m.role() == OrgRole.SECRETARY
                    && decision.recipients().stream().anyMatch(r -> r.unitCode().equals(m.orgCode()))) {
                return true;
            }
            if (REVIEWING.contains(m.role()) && (m.orgCode().equals(decision.issuingBody()) || isDistrictOfARecipient(m, decision))) {
                return true;
            }
        }
        return false;
    }

    private boolean isDistrictOfARecipient(Membership m, AwardDecision decision) {
        boolean district = organisations.find(m.orgCode()).map(Organisation::level).orElse(null) == OrgLevel.DISTRICT;
        return district && decision.recipients().stream().anyMatch(r -> organisations.isWithin(r.unitCode(), m.orgCode()));
    }

    AwardDecision readable(CurrentUser user, java.util.Optional<AwardDecision> decision) {
        return decision.filter(d -> canRead(user, d)).orElseThrow(() -> Refusal.notFound(NOT_FOUND));
    }

    /** The issuing body's staff (REVIEWER) prepare and revise its drafts. */
    static boolean isStaff(CurrentUser user, AwardDecision decision) {
        return user.orgCodesWith(OrgRole.REVIEWER).contains(decision.issuingBody());
    }

    /** The body whose staff the user is: the one asked for if the user is staff there, else their only one. */
    String staffBody(CurrentUser user, String requested) {
        var bodies = user.orgCodesWith(OrgRole.REVIEWER);
        if (requested != null && !requested.isBlank()) {
            if (!bodies.contains(requested)) {
                throw Refusal.forbidden();
            }
            return requested;
        }
        if (bodies.size() != 1) {
            throw bodies.isEmpty() ? Refusal.forbidden()
                    : Refusal.invalid("issuingBody", "Chọn cơ quan ban hành quyết định");
        }
        return bodies.get(0);
    }
}
