package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class VerificationPageTest {

    @Test
    void theHeadlineSaysWhetherTheFileIsIntact() {
        var good = new VerificationResult.SignatureCheck(true, "Hoàng Xuân Ánh", "UBND tỉnh Cao Bằng",
                OffsetDateTime.parse("2026-04-05T10:15:30+07:00"), true, true, null);
        var changed = new VerificationResult.SignatureCheck(true, "Hoàng Xuân Ánh", "UBND tỉnh Cao Bằng",
                OffsetDateTime.parse("2026-04-05T10:15:30+07:00"), true, false, null);
        var broken = new VerificationResult.SignatureCheck(false, "Hoàng Xuân Ánh", "UBND tỉnh Cao Bằng",
                OffsetDateTime.parse("2026-04-05T10:15:30+07:00"), true, true, "Mã băm không khớp");

        assertThat(VerificationPage.headline(new VerificationResult("ab", List.of(good), null)))
                .isEqualTo("Chữ ký số hợp lệ: tệp còn nguyên vẹn kể từ khi ký");
        assertThat(VerificationPage.headline(new VerificationResult("ab", List.of(changed), null)))
                .isEqualTo("Chữ ký số không còn giá trị: tệp đã bị thay đổi sau khi ký");
        assertThat(VerificationPage.headline(new VerificationResult("ab", List.of(broken), null)))
                .isEqualTo("Chữ ký số không hợp lệ: Mã băm không khớp");
        assertThat(VerificationPage.headline(new VerificationResult("ab", List.of(), null)))
                .isEqualTo("Tệp không có chữ ký số");
        assertThat(VerificationPage.changedAfterSigning(new VerificationResult("ab", List.of(good), null))).isEqualTo("Không");
        assertThat(VerificationPage.changedAfterSigning(new VerificationResult("ab", List.of(changed), null))).startsWith("Có:");
        assertThat(VerificationPage.changedAfterSigning(new VerificationResult("ab", List.of(broken), null)))
                .startsWith("Có thể:");
        assertThat(VerificationPage.headline(new VerificationResult("ab", List.of(), "Không phải tệp PDF")))
                .isEqualTo("Không kiểm tra được tệp: Không phải tệp PDF");
    }
}
