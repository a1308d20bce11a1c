package vn.khenthuong.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.security.CurrentUser;

/** Where a signed-in person lands: secretaries on their dossiers, auditors on the search, reviewers on Tasklist. */
@Controller
class HomeController {

    static final String TASKLIST = "/camunda/app/tasklist/";

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        if (user.isAuditor()) {
            return "redirect:/kiem-toan";
        }
        if (user.has(OrgRole.SECRETARY) || user.admin()) {
            return "redirect:/ho-so";
        }
        return "redirect:" + TASKLIST;
    }

    @GetMapping("/dang-nhap")
    String signIn() {
        return "dang-nhap";
    }

    @GetMapping("/khong-co-quyen")
    String forbidden() {
        return "khong-co-quyen";
    }
}
