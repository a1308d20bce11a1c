package vn.khenthuong.signature;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/**
 * The key each chairman signs with: a PKCS#12 file from configuration
 * ({@code khenthuong.signing.keys.<user id>.path|alias|password}), or in the demo profile a key the
 * demo CA issues to the chairman. A hardware token (PKCS#11) plugs in as another {@link SigningKey}.
 */
@Component
@EnableConfigurationProperties(SigningKeys.Configured.class)
public class SigningKeys {

    @ConfigurationProperties(prefix = "khenthuong.signing")
    record Configured(Map<String, KeyFile> keys) {

        record KeyFile(String path, String alias, String password) {
        }
    }

    private final Configured configured;
    private final SignatureTrust trust;
    private final IdentityService identityService;
    private final OrganisationService organisations;

    SigningKeys(Configured configured, SignatureTrust trust, IdentityService identityService,
            OrganisationService organisations) {
        this.configured = configured;
        this.trust = trust;
        this.identityService = identityService;
        this.organisations = organisations;
    }

    public SigningKey of(String userId) {
        Configured.KeyFile file = configured.keys() == null ? null : configured.keys().get(userId);
        if (file != null) {
            return new Pkcs12SigningKey(Path.of(file.path()), file.alias(), file.password().toCharArray());
        }
        if (!trust.demo()) {
            throw new IllegalStateException("Chưa cấu hình khóa ký số cho " + userId
                    + " (khenthuong.signing.keys." + userId + ".path, alias, password)");
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("Không có người dùng " + userId);
        }
        return trust.demoCertificateAuthority().signer(userId, user.getFirstName() + " " + user.getLastName(),
                committeeOf(userId));
    }

    /** "Ủy ban nhân dân tỉnh Cao Bằng": the People's Committee the chairman heads. */
    private String committeeOf(String userId) {
        Organisation org = organisations.membershipsOf(userId).stream().filter(m -> m.role() == OrgRole.CHAIRMAN)
                .map(Membership::orgCode).findFirst().map(organisations::get)
                .orElseThrow(() -> new IllegalArgumentException(userId + " không phải Chủ tịch UBND"));
        String name = org.name();
        return "Ủy ban nhân dân " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
