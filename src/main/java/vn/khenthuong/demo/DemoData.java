package vn.khenthuong.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.VietnamTime;

/** Fills an empty system with the demo province, accounts and dossiers (profile {@code demo} only). */
@Component
@Profile("demo")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoOrganisations organisations;
    private final DemoRegistry registry;
    private final DemoDossiers dossiers;
    private final DemoDecisions decisions;

    DemoData(DemoOrganisations organisations, DemoRegistry registry, DemoDossiers dossiers, DemoDecisions decisions) {
        this.organisations = organisations;
        this.registry = registry;
        this.dossiers = dossiers;
        this.decisions = decisions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        organisations.ensure();
        int year = VietnamTime.today().getYear();
        registry.ensure(year);
        dossiers.ensure(year);
        decisions.ensure(year);
        log.info("Dữ liệu mẫu: tỉnh Cao Bằng với {} tổ chức và {} tài khoản (mật khẩu \"{}\")",
                DemoOrganisations.TREE.size(), DemoOrganisations.PEOPLE.size() + 1, DemoOrganisations.PASSWORD);
    }
}
