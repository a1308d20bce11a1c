package vn.khenthuong.demo;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.khenthuong.decision.AwardDecision;
import vn.khenthuong.decision.DecisionDrafts;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;

/** A decision draft waiting for the district chairman, so that signing can be tried at once (profile {@code demo}). */
@Component
@Profile("demo")
class DemoDecisions {

    private static final String STAFF = "noivu.tpcb";

    private final DecisionDrafts drafts;
    private final OrganisationService organisations;
    private final JdbcClient jdbc;

    DemoDecisions(DecisionDrafts drafts, OrganisationService organisations, JdbcClient jdbc) {
        this.drafts = drafts;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    void ensure(int year) {
        if (jdbc.sql("select count(*) from award_decision").query(Long.class).single() > 0) {
            return;
        }
        CurrentUser staff = new CurrentUser(STAFF, organisations.membershipsOf(STAFF), false);
        List<Long> waiting = drafts.waiting(staff, "tpcb", "LDTT").stream().map(AwardDecision.Recipient::nomineeId).toList();
        if (waiting.isEmpty()) {
            return;
        }
        drafts.open(staff, new DecisionDrafts.DraftRequest(
                "tpcb", "LDTT", waiting, "đã có thành tích xuất sắc trong phong trào thi đua \"Dạy tốt, học tốt\" năm học "
                        + (year - 1) + " - " + year, "Tờ trình số 15/TTr-PNV"));
    }
}
