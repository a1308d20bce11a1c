package vn.khenthuong.award;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AwardController {

    private final AwardCatalogue catalogue;

    AwardController(AwardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/awards")
    List<Award> awards() {
        return catalogue.all();
    }
}
