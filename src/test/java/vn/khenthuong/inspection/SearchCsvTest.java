package vn.khenthuong.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.DossierStatus;

class SearchCsvTest {

    @Test
    void startsWithTheBomHasVietnameseHeadersAndQuotesWhatNeedsIt() {
        SearchRow row = new SearchRow(1, "HS-2025-000001", "Trường Tiểu học Hòa Chung", "Lao động tiên tiến", 2025,
                List.of("Nguyễn Thị Hoa", "Tổ \"Toán; Tin\""), DossierStatus.DECIDED, List.of("123/QĐ-UBND", "7/QĐ-UBND"));

        byte[] csv = SearchCsv.write(List.of(row));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "Mã hồ sơ;Đơn vị;Danh hiệu;Năm;Người, tập thể được đề nghị;Trạng thái;Số quyết định",
                "HS-2025-000001;Trường Tiểu học Hòa Chung;Lao động tiên tiến;2025;"
                        + "\"Nguyễn Thị Hoa, Tổ \"\"Toán; Tin\"\"\";Đã có quyết định khen thưởng;123/QĐ-UBND, 7/QĐ-UBND");
        assertThat(text).endsWith("\r\n");
    }
}
