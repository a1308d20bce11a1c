package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCertificateAuthorityTest {

    @TempDir
    Path directory;

    @Test
    void issuesASignerCertificateUnderItsRootOnFirstUseAndReusesItAfterwards() throws Exception {
        DemoCertificateAuthority ca = new DemoCertificateAuthority(directory, "pw".toCharArray());

        Pkcs12SigningKey first = ca.signer("Lê Hải Hòa", "Ủy ban nhân dân tỉnh Cao Bằng");

        assertThat(directory.resolve("demo-root-ca.p12")).exists();
        assertThat(directory.resolve("le-hai-hoa.p12")).exists();
        assertThat(first.signerName()).isEqualTo("Lê Hải Hòa");
        assertThat(first.organisation()).isEqualTo("Ủy ban nhân dân tỉnh Cao Bằng");
        X509Certificate root = ca.rootCertificate();
        assertThat(first.certificateChain()).hasSize(2).last().isEqualTo(root);
        first.certificate().verify(root.getPublicKey());
        assertThat(first.certificate().getKeyUsage()[1]).as("non-repudiation").isTrue();
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);

        Pkcs12SigningKey again = new DemoCertificateAuthority(directory, "pw".toCharArray())
                .signer("Lê Hải Hòa", "Ủy ban nhân dân tỉnh Cao Bằng");
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(ca.trustStore().getCertificate(DemoCertificateAuthority.ROOT_ALIAS)).isEqualTo(root);
    }

    @Test
    void oneFilePerSigner() {
        DemoCertificateAuthority ca = new DemoCertificateAuthority(directory, "pw".toCharArray());
        ca.signer("Lê Hải Hòa", "Ủy ban nhân dân tỉnh Cao Bằng");
        ca.signer("Đàm Văn Đức", "Ủy ban nhân dân thành phố Cao Bằng");
        assertThat(directory.resolve("dam-van-duc.p12")).exists();
        assertThat(DemoCertificateAuthority.fileName("Nông Thị Thu Hằng")).isEqualTo("nong-thi-thu-hang.p12");
    }

    @Test
    void aWrongPasswordOrAliasIsReported() throws Exception {
        new DemoCertificateAuthority(directory, "pw".toCharArray()).signer("Lê Hải Hòa", "UBND");
        Path file = directory.resolve("le-hai-hoa.p12");
        assertThat(Files.size(file)).isPositive();
        assertThatThrownBy(() -> new Pkcs12SigningKey(file, "signer", "wrong".toCharArray()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Pkcs12SigningKey(file, "nobody", "pw".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }
}
