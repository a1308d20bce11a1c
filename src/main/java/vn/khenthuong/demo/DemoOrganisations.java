package vn.khenthuong.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/** The demo province, its districts and units, and one account per role (password "demo"). */
@Component
class DemoOrganisations {

    static final String PASSWORD = "demo";

    record Person(String userId, String firstName, String lastName, String orgCode, OrgRole role) {
    }

    static final List<Organisation> TREE = List.of(
            new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null, "Cao Bằng"),
            new Organisation("tpcb", "Thành phố Cao Bằng", OrgKind.DISTRICT, "caobang", "Cao Bằng"),
            new Organisation("trungkhanh", "Huyện Trùng Khánh", OrgKind.DISTRICT, "caobang", "Trùng Khánh"),
            new Organisation("thhoachung", "Trường Tiểu học Hòa Chung", OrgKind.UNIT, "tpcb", "Cao Bằng"),
            new Organisation("thpttk", "Trường THPT Trùng Khánh", OrgKind.UNIT, "trungkhanh", "Trùng Khánh"),
            new Organisation("xadinhphong", "UBND xã Đình Phong", OrgKind.UNIT, "trungkhanh", "Trùng Khánh"),
            new Organisation("kbnn", "Kho bạc Nhà nước Cao Bằng", OrgKind.AGENCY, "caobang", "Cao Bằng"));

    static final List<Person> PEOPLE = List.of(
            new Person("thuky.hoachung", "Nông Thị", "Hoa", "thhoachung", OrgRole.SECRETARY),
            new Person("thuky.thpttk", "Hoàng Văn", "Thắng", "thpttk", OrgRole.SECRETARY),
            new Person("thuky.dinhphong", "Lương Thị", "Phương", "xadinhphong", OrgRole.SECRETARY),
            new Person("thuky.kbnn", "Đàm Thị", "Ngọc", "kbnn", OrgRole.SECRETARY),
            new Person("noivu.tpcb", "Bế Văn", "Nam", "tpcb", OrgRole.REVIEWER),
            new Person("hoidong.tpcb", "Triệu Thị", "Hằng", "tpcb", OrgRole.COUNCIL),
            new Person("chutich.tpcb", "Lục Văn", "Cường", "tpcb", OrgRole.CHAIRMAN),
            new Person("noivu.tk", "Ma Văn", "Tuấn", "trungkhanh", OrgRole.REVIEWER),
            new Person("hoidong.tk", "Nông Thị", "Khánh", "trungkhanh", OrgRole.COUNCIL),
            new Person("chutich.tk", "Hà Văn", "Đức", "trungkhanh", OrgRole.CHAIRMAN),
            new Person("bantdkt", "Đinh Thị", "Thu", "caobang", OrgRole.REVIEWER),
            new Person("hoidong.tinh", "Vi Văn", "Hùng", "caobang", OrgRole.COUNCIL),
            new Person("chutich.tinh", "Hoàng Xuân", "Ánh", "caobang", OrgRole.CHAIRMAN),
            // signs on the chairman's behalf: listed in khenthuong.decision.vice-chairmen (application-demo.yml)
            new Person("phochutich.tinh", "Nông Văn", "Bảo", "caobang", OrgRole.CHAIRMAN),
            new Person("kiemtra", "Lý Thị", "Kiểm", "caobang", OrgRole.AUDITOR));

    private final OrganisationService organisations;
    private final IdentityService identityService;

    DemoOrganisations(OrganisationService organisations, IdentityService identityService) {
        this.organisations = organisations;
        this.identityService = identityService;
    }

    @Transactional
    void ensure() {
        for (Organisation org : TREE) {
            if (organisations.find(org.code()).isEmpty()) {
                organisations.register(org);
            }
        }
        for (Person p : PEOPLE) {
            if (identityService.createUserQuery().userId(p.userId()).singleResult() == null) {
                User user = identityService.newUser(p.userId());
                user.setFirstName(p.firstName());
                user.setLastName(p.lastName());
                user.setPassword(PASSWORD);
                user.setEmail(p.userId() + "@demo.khenthuong.vn");
                identityService.saveUser(user);
                identityService.createMembership(p.userId(), organisations.groupFor(p.orgCode(), p.role()));
            }
        }
    }
}
