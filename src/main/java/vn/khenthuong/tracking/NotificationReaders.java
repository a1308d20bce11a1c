package vn.khenthuong.tracking;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.security.AccessRule;
import vn.khenthuong.security.CurrentUser;

/** Marking a notification read: members of the groups notified; the auditor only reads. */
@Component
class NotificationReaders implements AccessRule {

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        if (user.isAuditor() || user.groupIds().isEmpty()) {
            throw Refusal.forbidden();
        }
    }
}
