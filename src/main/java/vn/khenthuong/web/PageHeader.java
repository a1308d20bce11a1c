package vn.khenthuong.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;

/**
 * What the header of every page shows: who is signed in, in which roles, and the links they may follow.
 * Templates call it as {@code ${@pageHeader.of(#authentication)}}.
 */
@Component("pageHeader")
public class PageHeader {

    private final OrganisationService organisations;

    PageHeader(OrganisationService organisations) {
        this.organisations = organisations;
    }

    public Header of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return null;
        }
        List<String> roles = user.memberships().stream()
                .map(m -> organisations.find(m.orgCode()).map(m.role()::groupName).orElse(m.role().label()))
                .toList();
        boolean reviews = user.has(OrgRole.REVIEWER) || user.has(OrgRole.COUNCIL) || user.has(OrgRole.CHAIRMAN);
        return new Header(user.userId(), roles, user.has(OrgRole.SECRETARY) || reviews || user.admin(),
                user.has(OrgRole.SECRETARY) || reviews || user.isAuditor() || user.admin(),
                user.isAuditor() || user.admin(), !user.memberships().isEmpty() || user.admin(), reviews || user.admin(),
                HomeController.TASKLIST);
    }

    /**
     * The header's content; {@code dossiers}, {@code decisions}, {@code audit}, {@code statistics} and {@code tasklist}
     * say which links to show.
     */
    public record Header(String userId, List<String> roles, boolean dossiers, boolean decisions, boolean audit,
                         boolean statistics, boolean tasklist,
                         String tasklistUrl) {
    }
}
