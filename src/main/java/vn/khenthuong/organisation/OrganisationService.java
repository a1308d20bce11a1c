package vn.khenthuong.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree (province → districts or communes → units) and the groups that act for it. */
@Service
public class OrganisationService {

    private final OrganisationRepository repository;
    private final GroupProvisioning groups;
    private final IdentityService identityService;

    OrganisationService(OrganisationRepository repository, GroupProvisioning groups, IdentityService identityService) {
        this.repository = repository;
        this.groups = groups;
        this.identityService = identityService;
    }

    public List<Organisation> all() {
        return repository.findAll();
    }

    public Optional<Organisation> find(String code) {
        return code == null ? Optional.empty() : repository.find(code);
    }

    public Organisation get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Không có tổ chức mã " + code));
    }

    /** The organisation and its ancestors, nearest first. */
    public List<Organisation> pathToRoot(String code) {
        List<Organisation> path = new ArrayList<>();
        Optional<Organisation> current = find(code);
        while (current.isPresent()) {
            path.add(current.get());
            current = find(current.get().parentCode());
        }
        return path;
    }

    /** The district (or commune) government a unit submits to; empty for provincial agencies. */
    public Optional<Organisation> districtOf(String unitCode) {
        return pathToRoot(unitCode).stream().skip(1).filter(o -> o.level() == OrgLevel.DISTRICT).findFirst();
    }

    public Organisation provinceOf(String code) {
        return pathToRoot(code).stream().filter(o -> o.level() == OrgLevel.PROVINCE).findFirst()
                .orElseThrow(() -> new IllegalStateException("Tổ chức " + code + " không thuộc tỉnh nào"));
    }

    /** True when {@code code} is {@code ancestorCode} or lies below it in the tree. */
    public boolean isWithin(String code, String ancestorCode) {
        return pathToRoot(code).stream().anyMatch(o -> o.code().equals(ancestorCode));
    }

    public String groupFor(String orgCode, OrgRole role) {
        return repository.findGroupId(orgCode, role).orElseThrow(() -> new IllegalStateException(
                "Chưa có nhóm " + role.label() + " cho tổ chức " + orgCode));
    }

    /** The groups of one role across the whole tree, e.g. every chairman's group. */
    public List<String> groupsWith(OrgRole role) {
        return repository.groupIdsWith(role);
    }

    public List<Membership> membershipsOf(String userId) {
        return membershipsIn(identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }

    /** The roles that some of these Camunda groups stand for (groups of no organisation are left out). */
    public List<Membership> membershipsIn(List<String> groupIds) {
        return repository.findGroups(groupIds);
    }

    /** Adds an organisation to the tree with the Camunda groups of the roles its level has. */
    @Transactional
    public Organisation register(Organisation org) {
        if (org.parentCode() != null) {
            get(org.parentCode());
        }
        repository.insert(org);
        for (OrgRole role : rolesAt(org.kind())) {
            String groupId = role.groupIdAt(org.code());
            groups.ensureGroup(groupId, role.groupName(org), role);
            repository.insertGroup(groupId, org.code(), role);
        }
        return org;
    }

    static List<OrgRole> rolesAt(OrgKind kind) {
        return switch (kind) {
            case UNIT, AGENCY -> List.of(OrgRole.SECRETARY);
            case DISTRICT, COMMUNE -> List.of(OrgRole.REVIEWER, OrgRole.COUNCIL, OrgRole.CHAIRMAN);
            case PROVINCE -> List.of(OrgRole.REVIEWER, OrgRole.COUNCIL, OrgRole.CHAIRMAN, OrgRole.AUDITOR);
        };
    }
}
