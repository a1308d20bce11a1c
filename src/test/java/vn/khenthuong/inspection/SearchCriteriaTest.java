package vn.khenthuong.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.DossierStatus;

class SearchCriteriaTest {

    @Test
    void digitsAreACccdAnythingElseANameInNfc() {
        SearchCriteria byCccd = SearchCriteria.of(form(" 004190001234 ", null, null));
        assertThat(byCccd.cccd()).isEqualTo("004190001234");
        assertThat(byCccd.name()).isNull();

        String decomposed = Normalizer.normalize("Nguyễn   Thị Hoa", Normalizer.Form.NFD);
        SearchCriteria byName = SearchCriteria.of(form(decomposed, "2025", "RETURNED"));
        assertThat(byName.name()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(Normalizer.isNormalized(byName.name(), Normalizer.Form.NFC)).isTrue();
        assertThat(byName.cccd()).isNull();
        assertThat(byName.year()).isEqualTo(2025);
        assertThat(byName.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(byName.errors()).isEmpty();
    }

    @Test
    void aBadYearOrStatusIsReportedInVietnamese() {
        assertThat(SearchCriteria.of(form(null, "hai nghìn", "NONSENSE")).errors())
                .containsExactly("Năm phải là một số, ví dụ 2025", "Trạng thái không hợp lệ");
        assertThat(SearchCriteria.of(form(null, "1900", null)).errors()).containsExactly("Năm phải từ 1945 đến 2100");
        assertThat(SearchCriteria.of(SearchCriteria.Form.empty())).satisfies(c -> {
            assertThat(c.errors()).isEmpty();
            assertThat(c.code()).isNull();
        });
    }

    private static SearchCriteria.Form form(String person, String year, String status) {
        return new SearchCriteria.Form(null, "", "  ", null, year, person, null, status, null);
    }
}
