package vn.khenthuong.decision;

import java.util.List;

import vn.khenthuong.award.NomineeKind;

/** How many people and collectives a decision names, the way the pages and Tasklist say it: "2 cá nhân, 1 tập thể". */
final class RecipientCount {

    private RecipientCount() {
    }

    static String of(List<AwardDecision.Recipient> recipients) {
        long individuals = recipients.stream().filter(r -> r.kind() == NomineeKind.INDIVIDUAL).count();
        return of(individuals, recipients.size() - individuals);
    }

    static String of(long individuals, long collectives) {
        if (individuals == 0 || collectives == 0) {
            return individuals > 0 ? individuals + " cá nhân" : collectives + " tập thể";
        }
        return individuals + " cá nhân, " + collectives + " tập thể";
    }
}
