package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VerificationPageTest {

    /** A verifier's result that learned more than the page knows by name. */
    record GrownResult(String sha256, List<Object> signatures, String problem, boolean matchesRegisteredDecision,
            Optional<String> decisionNumber, String note) {
    }

    @Test
    void factsAddedToTheResultLaterAreShownAsFound() {
        assertThat(VerificationPage.extras(new GrownResult("ab", List.of(), null, true, Optional.of("123/QĐ-UBND"), null)))
                .containsExactly(
                        new VerificationPage.Extra("Khớp với một quyết định trong sổ đăng ký của chúng tôi", "Có"),
                        new VerificationPage.Extra("Khớp với một quyết định trong sổ đăng ký của chúng tôi", "123/QĐ-UBND"));
        assertThat(VerificationPage.extras(new VerificationResult("ab", List.of(), null))).isEmpty();
    }

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
