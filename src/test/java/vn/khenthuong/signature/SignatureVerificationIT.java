package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.decision.DecisionPdfRenderer;
import vn.khenthuong.decision.SampleDecisions;
import vn.khenthuong.kernel.VietnamTime;

/** Anyone signed in uploads a PDF and learns whether its signature holds, by the demo CA of the demo profile. */
@PostgresIntegrationTest
class SignatureVerificationIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    SignatureTrust trust;
    @Autowired
    SigningKeys keys;

    @Test
    void eachDemoChairmanSignsWithTheCertificateOfTheirCommittee() {
        SigningKey chairman = keys.of("chutich.tinh");
        assertThat(chairman.signerName()).isEqualTo("Hoàng Xuân Ánh");
        assertThat(chairman.organisation()).isEqualTo("Ủy ban nhân dân tỉnh Cao Bằng");
        assertThat(keys.of("chutich.tk").organisation()).isEqualTo("Ủy ban nhân dân huyện Trùng Khánh");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.of("noivu.tpcb"))
                .hasMessageContaining("không phải Chủ tịch UBND");

        Clock clock = Clock.system(VietnamTime.ZONE);
        byte[] signed = new PdfSigner(clock).sign(new DecisionPdfRenderer(clock).render(SampleDecisions.decision(1, 1)),
                chairman);
        JsonNode answer = verify("kiemtra", signed);
        assertThat(answer.get("valid").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.get("signatures").get(0).get("organisation").asText()).isEqualTo("Ủy ban nhân dân tỉnh Cao Bằng");
    }

    @Test
    void signedDecisionIsValidAndOneChangedByteMakesItInvalid() {
        Clock clock = Clock.system(VietnamTime.ZONE);
        SigningKey chairman = trust.demoCertificateAuthority().signer("Hoàng Xuân Ánh", "Ủy ban nhân dân tỉnh Cao Bằng");
        byte[] draft = new DecisionPdfRenderer(clock).render(SampleDecisions.decision(3, 2));
        byte[] signed = new PdfSigner(clock).sign(draft, chairman);

        JsonNode ok = verify("kiemtra", signed);
        assertThat(ok.get("valid").asBoolean()).as(ok.toString()).isTrue();
        assertThat(ok.get("message").asText()).startsWith("Chữ ký hợp lệ: Hoàng Xuân Ánh");
        assertThat(ok.get("signatures").get(0).get("trusted").asBoolean()).isTrue();
        assertThat(ok.get("sha256").asText()).hasSize(64);

        byte[] tampered = signed.clone();
        tampered[signed.length / 3] ^= 0x01;
        JsonNode bad = verify("thuky.hoachung", tampered);
        assertThat(bad.get("valid").asBoolean()).as(bad.toString()).isFalse();

        JsonNode unsigned = verify("noivu.tpcb", draft);
        assertThat(unsigned.get("valid").asBoolean()).isFalse();
        assertThat(unsigned.get("message").asText()).isEqualTo("Tệp không có chữ ký số");
    }

    @Test
    void verificationNeedsSignIn() {
        assertThat(http.postForEntity("/api/signatures/verify", form(new byte[] {1}), String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    private JsonNode verify(String user, byte[] pdf) {
        var answer = http.withBasicAuth(user, "demo").postForEntity("/api/signatures/verify", form(pdf), JsonNode.class);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> form(byte[] pdf) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "quyet-dinh.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}
