package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BallotSheetTest {

    @Test
    void readsTheVotesWrittenAfterEachNominee() {
        String sheet = "Nông Văn Thành (mã 12): 8\r\nHoàng Thị Lụa (mã 13):3  \n\n";

        assertThat(BallotSheet.read(sheet)).containsExactly(Map.entry(12L, 8), Map.entry(13L, 3));
    }

    @Test
    void aMissingNumberNamesTheNominee() {
        assertThatThrownBy(() -> BallotSheet.read("Nông Văn Thành (mã 12): 8\nHoàng Thị Lụa (mã 13): "))
                .hasMessage("Chưa nhập số phiếu đồng ý (số nguyên) cho Hoàng Thị Lụa");
        assertThatThrownBy(() -> BallotSheet.read("Hoàng Thị Lụa (mã 13): bảy"))
                .hasMessageContaining("Hoàng Thị Lụa");
    }

    @Test
    void aLineWhoseCodeWasDeletedIsRefused() {
        assertThatThrownBy(() -> BallotSheet.read("Hoàng Thị Lụa: 7")).hasMessageContaining("không đúng mẫu");
    }

    @Test
    void aLongListStillFitsInATasklistVariableOnceFilledIn() {
        java.util.List<vn.khenthuong.dossier.Nominee> many = new java.util.ArrayList<>();
        for (long id = 1000; id < 1120; id++) {
            many.add(new vn.khenthuong.dossier.Nominee(id, (int) id, vn.khenthuong.award.NomineeKind.COLLECTIVE,
                    "Tổ Ngữ văn - Lịch sử - Địa lý - Giáo dục công dân, Trường THPT số " + id, null, null, null, false,
                    "TT" + id, false, 10, 8, 1, null, null, null, null, null, false, null,
                    vn.khenthuong.dossier.NomineeStatus.ACTIVE, null, null));
        }

        String blank = BallotSheet.blank(many);
        String filled = blank.replace(": \n", ": 15\n") + "15";

        assertThat(filled.length()).isLessThanOrEqualTo(TasklistText.MAX);
        assertThat(blank.lines()).hasSize(120).first().asString().startsWith("Tổ Ngữ").contains("…").endsWith("(mã 1000): ");
        assertThat(BallotSheet.read(filled)).hasSize(120).containsEntry(1119L, 15);
    }

    @Test
    void aShortListKeepsTheNamesWhole() {
        var nominee = new vn.khenthuong.dossier.Nominee(7L, 1, vn.khenthuong.award.NomineeKind.INDIVIDUAL,
                "Nông Văn Thành", "004085001234", null, null, false, null, false, null, null, null, null, null, null,
                null, null, false, null, vn.khenthuong.dossier.NomineeStatus.ACTIVE, null, null);
        assertThat(BallotSheet.blank(java.util.List.of(nominee))).isEqualTo("Nông Văn Thành (mã 7): ");
    }

    @Test
    void aLongTasklistTextIsCutAtALineEndWithAPointerToTheRest() {
        String text = "dòng\n".repeat(2000);
        String fitted = TasklistText.fit(text, "trên [trang hồ sơ](/ho-so/5)");
        assertThat(fitted.length()).isLessThan(TasklistText.MAX);
        assertThat(fitted).endsWith("dòng\n\n… (còn nữa — xem đầy đủ trên [trang hồ sơ](/ho-so/5))\n");
        assertThat(TasklistText.fit("ngắn", "x")).isEqualTo("ngắn");
    }
}
