package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DossierCodeTest {

    @Test
    void padsTheIdToSixDigits() {
        assertThat(DossierCode.of(2026, 123)).isEqualTo("HS-2026-000123");
        assertThat(DossierCode.of(2025, 1)).isEqualTo("HS-2025-000001");
    }

    @Test
    void keepsIdsBeyondSixDigitsWhole() {
        assertThat(DossierCode.of(2026, 1234567)).isEqualTo("HS-2026-1234567");
    }

    @Test
    void refusesANonPositiveId() {
        assertThatThrownBy(() -> DossierCode.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
