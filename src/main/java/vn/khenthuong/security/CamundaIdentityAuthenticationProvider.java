package vn.khenthuong.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.OrganisationService;

/** Signs people in with the accounts of Camunda's identity service, the same as Tasklist. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String ADMIN_GROUP = "camunda-admin";

    private final IdentityService identityService;
    private final OrganisationService organisations;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, OrganisationService organisations) {
        this.identityService = identityService;
        this.organisations = organisations;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        return authenticated(userId);
    }

    Authentication authenticated(String userId) {
        List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        CurrentUser user = new CurrentUser(userId, organisations.membershipsIn(groupIds), groupIds.contains(ADMIN_GROUP));
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        user.memberships().forEach(m -> authorities.add(new SimpleGrantedAuthority("ROLE_" + m.role().name())));
        if (user.admin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
