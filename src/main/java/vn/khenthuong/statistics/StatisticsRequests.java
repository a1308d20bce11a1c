package vn.khenthuong.statistics;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.security.CurrentUser;

/** Reads a statistics request: the scope the person may see, the period and movement asked for. */
@Component
class StatisticsRequests {

    /** A request read: what to count, why the period differs from the one asked (or null), and the scope choices. */
    record Resolved(Selection selection, String problem, OrganisationTree tree, List<Organisation> choices) {
    }

    private final StatisticsAccess access;

    StatisticsRequests(StatisticsAccess access) {
        this.access = access;
    }

    Resolved resolve(CurrentUser user, StatisticsParameters params) {
        OrganisationTree tree = access.tree();
        Organisation scope = access.scope(user, params.org(), tree);
        StatisticsParameters.PeriodChoice period = params.period(VietnamTime.today());
        return new Resolved(new Selection(period.period(), scope, params.movementOrNull()), period.problem(), tree,
                access.choices(user, tree));
    }
}
