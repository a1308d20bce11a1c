package vn.khenthuong.dossier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.RequestLogContext;

/**
 * Who may see and change which dossier. A unit's secretary reads and writes the unit's dossiers;
 * reviewers, councils and chairmen read what was sent up to them (a district: its units' dossiers;
 * the province: those that reached it); auditors and admins read everything and change nothing.
 * A dossier someone may not read does not exist for them (404), so codes and ids leak nothing.
 */
@Component
class DossierAccess {

    static final String NOT_FOUND = "Không tìm thấy hồ sơ";
    private static final Set<OrgRole> REVIEWING_ROLES = Set.of(OrgRole.REVIEWER, OrgRole.COUNCIL, OrgRole.CHAIRMAN);

    private final OrganisationService organisations;

    DossierAccess(OrganisationService organisations) {
        this.organisations = organisations;
    }

    boolean canRead(CurrentUser user, Dossier dossier) {
        if (readsEverything(user) || canWrite(user, dossier.unitCode())) {
            return true;
        }
        if (!sentUp(dossier)) {
            return false;
        }
        for (Membership m : reviewing(user)) {
            Optional<OrgLevel> level = organisations.find(m.orgCode()).map(Organisation::level);
            if (level.isEmpty() || !organisations.isWithin(dossier.unitCode(), m.orgCode())) {
                continue;
            }
            if (level.get() == OrgLevel.DISTRICT || level.get() == OrgLevel.PROVINCE && dossier.reachedProvince()) {
                return true;
            }
        }
        return false;
    }

    boolean canWrite(CurrentUser user, String unitCode) {
        return user.orgCodesWith(OrgRole.SECRETARY).contains(unitCode);
    }

    /** The dossier if the user may read it, otherwise 404 as if it did not exist. */
    Dossier readable(CurrentUser user, Optional<Dossier> dossier) {
        Dossier d = dossier.filter(x -> canRead(user, x)).orElseThrow(() -> Refusal.notFound(NOT_FOUND));
        RequestLogContext.dossier(d.code());
        return d;
    }

    /** The dossier if the user may change it: 404 when they may not even read it, 403 when they only read it. */
    Dossier writable(CurrentUser user, Optional<Dossier> dossier) {
        Dossier d = readable(user, dossier);
        if (!canWrite(user, d.unitCode())) {
            throw Refusal.forbidden();
        }
        return d;
    }

    /** The unit a secretary creates a dossier for: the one given, which must be theirs, or their only one. */
    String unitForNewDossier(CurrentUser user, String requestedUnit) {
        List<String> units = user.orgCodesWith(OrgRole.SECRETARY);
        if (units.isEmpty()) {
            throw Refusal.forbidden();
        }
        if (requestedUnit == null) {
            if (units.size() > 1) {
                throw Refusal.invalid("unitCode", "Bạn phụ trách nhiều đơn vị: hãy chọn đơn vị đề nghị");
            }
            return units.get(0);
        }
        if (!units.contains(requestedUnit)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN,
                    "Bạn không phải cán bộ thi đua của đơn vị " + requestedUnit, "unitCode");
        }
        return requestedUnit;
    }

    /** The same rule as {@link #canRead} in a form a query can apply to many dossiers at once. */
    Scope scope(CurrentUser user) {
        if (readsEverything(user)) {
            return Scope.EVERYTHING;
        }
        Set<String> own = new HashSet<>(user.orgCodesWith(OrgRole.SECRETARY));
        Set<String> district = new HashSet<>();
        Set<String> province = new HashSet<>();
        List<Membership> reviewing = reviewing(user);
        if (!reviewing.isEmpty()) {
            List<Organisation> all = organisations.all();
            Map<String, Organisation> byCode = new HashMap<>();
            all.forEach(o -> byCode.put(o.code(), o));
            for (Membership m : reviewing) {
                Organisation org = byCode.get(m.orgCode());
                if (org == null || (org.level() != OrgLevel.DISTRICT && org.level() != OrgLevel.PROVINCE)) {
                    continue;
                }
                Set<String> target = org.level() == OrgLevel.DISTRICT ? district : province;
                all.stream().filter(o -> within(o, org.code(), byCode)).forEach(o -> target.add(o.code()));
            }
        }
        return new Scope(false, Set.copyOf(own), Set.copyOf(district), Set.copyOf(province));
    }

    private static boolean within(Organisation org, String ancestor, Map<String, Organisation> byCode) {
        Set<String> seen = new HashSet<>();
        for (Organisation o = org; o != null && seen.add(o.code()); o = byCode.get(o.parentCode())) {
            if (o.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsEverything(CurrentUser user) {
        return user.admin() || user.isAuditor();
    }

    private static List<Membership> reviewing(CurrentUser user) {
        return user.memberships().stream().filter(m -> REVIEWING_ROLES.contains(m.role())).toList();
    }

    /**
     * Reviewers see a dossier once its unit has submitted it. A draft withdrawn before submission was
     * never sent up, so it stays the unit's own.
     */
    static boolean sentUp(Dossier d) {
        return sentUp(d.status(), d.submittedAt() != null);
    }

    static boolean sentUp(DossierStatus status, boolean everSubmitted) {
        return status != DossierStatus.DRAFT && (status != DossierStatus.WITHDRAWN || everSubmitted);
    }

    /**
     * Which dossiers a user may read: all, or those of their own units, those sent up from units of
     * their districts, and those sent up that reached the province from units of their province.
     */
    record Scope(boolean everything, Set<String> ownUnits, Set<String> districtUnits, Set<String> provinceUnits) {

        static final Scope EVERYTHING = new Scope(true, Set.of(), Set.of(), Set.of());

        boolean allows(String unitCode, DossierStatus status, boolean everSubmitted, boolean reachedProvince) {
            if (everything || ownUnits.contains(unitCode)) {
                return true;
            }
            return sentUp(status, everSubmitted)
                    && (districtUnits.contains(unitCode) || reachedProvince && provinceUnits.contains(unitCode));
        }

        boolean empty() {
            return !everything && ownUnits.isEmpty() && districtUnits.isEmpty() && provinceUnits.isEmpty();
        }
    }
}
