package vn.khenthuong.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> findAll() {
        return jdbc.sql("select code, name, kind, parent_code, place_name from organisation order by code")
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), OrgKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    Optional<Organisation> find(String code) {
        return jdbc.sql("select code, name, kind, parent_code, place_name from organisation where code = ?")
                .param(code)
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), OrgKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    void insert(Organisation org) {
        jdbc.sql("insert into organisation (code, name, level, kind, parent_code, place_name) values (?, ?, ?, ?, ?, ?)")
                .params(org.code(), org.name(), org.level().name(), org.kind().name(), org.parentCode(), org.placeName())
                .update();
    }

    void insertGroup(String groupId, String orgCode, OrgRole role) {
        jdbc.sql("insert into org_role_group (group_id, org_code, role) values (?, ?, ?)")
                .params(groupId, orgCode, role.name())
                .update();
    }

    List<Membership> findGroups(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select group_id, org_code, role from org_role_group where group_id in (:ids)")
                .param("ids", groupIds)
                .query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), OrgRole.valueOf(rs.getString(3))))
                .list();
    }

    List<String> groupIdsWith(OrgRole role) {
        return jdbc.sql("select group_id from org_role_group where role = ? order by group_id").param(role.name())
                .query(String.class).list();
    }

    Optional<String> findGroupId(String orgCode, OrgRole role) {
        return jdbc.sql("select group_id from org_role_group where org_code = ? and role = ?")
                .params(orgCode, role.name())
                .query(String.class)
                .optional();
    }
}
