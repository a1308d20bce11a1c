package vn.khenthuong.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Creates the Camunda group of a role at an organisation with the authorizations the role needs.
 * Task access itself is not granted here: the engine grants it per task to the candidate group.
 */
@Component
class GroupProvisioning {

    static final String NOMINATION_PROCESS = "nomination";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    GroupProvisioning(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    void ensureGroup(String groupId, String name, OrgRole role) {
        if (identityService.createGroupQuery().groupId(groupId).singleResult() != null) {
            return;
        }
        Group group = identityService.newGroup(groupId);
        group.setName(name);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);

        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        if (role != OrgRole.AUDITOR) {
            grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        } else {
            grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK);
            grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(groupId, Resources.TASK, ANY, Permissions.READ);
            grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
    }


    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        for (Permission permission : permissions) {
            auth.addPermission(permission);
        }
        authorizationService.saveAuthorization(auth);
    }
}
