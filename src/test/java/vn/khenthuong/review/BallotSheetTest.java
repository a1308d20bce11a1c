package vn.khenthuong.review;

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
}
