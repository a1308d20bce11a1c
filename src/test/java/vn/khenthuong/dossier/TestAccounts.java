package vn.khenthuong.dossier;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/**
 * The demo organisations and accounts the dossier ITs rely on, created only where absent (the demo
 * seeder creates the same codes and ids). Password "demo" for everyone.
 */
final class TestAccounts {

    static final String PASSWORD = "demo";
    static final String ADMIN_GROUP = "camunda-admin";

    record Account(String userId, String orgCode, OrgRole role) {
    }

    static final List<Organisation> TREE = List.of(
            new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null, "Cao Bằng"),
            new Organisation("tpcb", "Thành phố Cao Bằng", OrgKind.DISTRICT, "caobang", "Cao Bằng"),
            new Organisation("trungkhanh", "Huyện Trùng Khánh", OrgKind.DISTRICT, "caobang", "Trùng Khánh"),
            new Organisation("thhoachung", "Trường Tiểu học Hòa Chung", OrgKind.UNIT, "tpcb", "Cao Bằng"),
            new Organisation("thpttk", "Trường THPT Trùng Khánh", OrgKind.UNIT, "trungkhanh", "Trùng Khánh"),
            new Organisation("xadinhphong", "UBND xã Đình Phong", OrgKind.UNIT, "trungkhanh", "Trùng Khánh"),
            new Organisation("kbnn", "Kho bạc Nhà nước Cao Bằng", OrgKind.AGENCY, "caobang", "Cao Bằng"));

    static final List<Account> ACCOUNTS = List.of(
            new Account("thuky.hoachung", "thhoachung", OrgRole.SECRETARY),
            new Account("thuky.thpttk", "thpttk", OrgRole.SECRETARY),
            new Account("thuky.dinhphong", "xadinhphong", OrgRole.SECRETARY),
            new Account("thuky.kbnn", "kbnn", OrgRole.SECRETARY),
            new Account("noivu.tpcb", "tpcb", OrgRole.REVIEWER),
            new Account("hoidong.tpcb", "tpcb", OrgRole.COUNCIL),
            new Account("chutich.tpcb", "tpcb", OrgRole.CHAIRMAN),
            new Account("noivu.tk", "trungkhanh", OrgRole.REVIEWER),
            new Account("hoidong.tk", "trungkhanh", OrgRole.COUNCIL),
            new Account("chutich.tk", "trungkhanh", OrgRole.CHAIRMAN),
            new Account("bantdkt", "caobang", OrgRole.REVIEWER),
            new Account("hoidong.tinh", "caobang", OrgRole.COUNCIL),
            new Account("chutich.tinh", "caobang", OrgRole.CHAIRMAN),
            new Account("kiemtra", "caobang", OrgRole.AUDITOR));

    private TestAccounts() {
    }

    static synchronized void ensure(OrganisationService organisations, IdentityService identity) {
        for (Organisation org : TREE) {
            if (organisations.find(org.code()).isEmpty()) {
                organisations.register(org);
            }
        }
        for (Account account : ACCOUNTS) {
            ensureUser(identity, account.userId());
            ensureMembership(identity, account.userId(), organisations.groupFor(account.orgCode(), account.role()));
        }
        if (identity.createGroupQuery().groupId(ADMIN_GROUP).singleResult() == null) {
            Group group = identity.newGroup(ADMIN_GROUP);
            group.setName("camunda BPM Administrators");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        ensureUser(identity, "admin");
        ensureMembership(identity, "admin", ADMIN_GROUP);
    }

    private static void ensureUser(IdentityService identity, String userId) {
        if (identity.createUserQuery().userId(userId).singleResult() == null) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("(kiểm thử)");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    private static void ensureMembership(IdentityService identity, String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
