package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.khenthuong.organisation.OrganisationService;

/** Each signer's key comes from the PKCS#12 file configured for them; outside the demo, none means no signing. */
class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void aConfiguredKeystoreIsTheSignersKey() {
        Path file = directory.resolve("ca");
        new DemoCertificateAuthority(file, "bi-mat".toCharArray()).signer("Hoàng Xuân Ánh", "Ủy ban nhân dân tỉnh Cao Bằng");
        SigningKeys keys = keys(Map.of("chutich.tinh", new SigningKeys.Configured.KeyFile(
                file.resolve("hoang-xuan-anh.p12").toString(), DemoCertificateAuthority.SIGNER_ALIAS, "bi-mat")), false);

        SigningKey key = keys.of("chutich.tinh");

        assertThat(key.signerName()).isEqualTo("Hoàng Xuân Ánh");
        assertThat(key.organisation()).isEqualTo("Ủy ban nhân dân tỉnh Cao Bằng");
    }

    @Test
    void withoutAConfiguredKeyOutsideTheDemoNobodySigns() {
        assertThatThrownBy(() -> keys(Map.of(), false).of("chutich.tinh"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Chưa cấu hình khóa ký số cho chutich.tinh");
    }

    @Test
    void aDemoKeyKeepsTheNameItWasIssuedWithWhateverTheProfileSaysLater() {
        DemoCertificateAuthority ca = new DemoCertificateAuthority(directory.resolve("ca"), "bi-mat".toCharArray());
        assertThat(ca.signer("chutich.tpcb", "Đàm Văn Đức", "Ủy ban nhân dân thành phố Cao Bằng").signerName())
                .isEqualTo("Đàm Văn Đức");

        assertThat(ca.signer("chutich.tpcb", "Giả Mạo", "Ủy ban nhân dân thành phố Cao Bằng").signerName())
                .isEqualTo("Đàm Văn Đức");
    }

    private static SigningKeys keys(Map<String, SigningKeys.Configured.KeyFile> files, boolean demo) {
        SignatureTrust trust = mock(SignatureTrust.class);
        when(trust.demo()).thenReturn(demo);
        return new SigningKeys(new SigningKeys.Configured(files), trust, mock(IdentityService.class),
                mock(OrganisationService.class));
    }
}
