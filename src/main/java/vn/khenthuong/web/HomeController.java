package vn.khenthuong.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The address people type first leads to where they work: Tasklist, which asks them to sign in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/camunda/app/tasklist/";
    }
}
