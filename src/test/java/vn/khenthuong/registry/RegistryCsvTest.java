package vn.khenthuong.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.AwardTarget;

class RegistryCsvTest {

    private static final String HEADER =
            "loai,cccd,ma_tap_the,ho_ten,don_vi,danh_hieu,nam,loai_khen,so_quyet_dinh,ngay_quyet_dinh,co_quan_quyet_dinh\n";
    private static final Map<String, Award> AWARDS = Map.of(
            "LDTT", new Award("LDTT", "Lao động tiên tiến", AwardKind.TITLE, AwardTarget.INDIVIDUAL),
            "CSTD_CS", new Award("CSTD_CS", "Chiến sĩ thi đua cơ sở", AwardKind.TITLE, AwardTarget.INDIVIDUAL),
            "TT_LDTT", new Award("TT_LDTT", "Tập thể lao động tiên tiến", AwardKind.TITLE, AwardTarget.COLLECTIVE),
            "BK_T", new Award("BK_T", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AwardKind.COMMENDATION, AwardTarget.BOTH));

    private final RegistryCsv csv = new RegistryCsv(code -> Optional.ofNullable(AWARDS.get(code)),
            Set.of("thhoachung", "thpttk")::contains, LocalDate.of(2026, 3, 1));

    @Test
    void goodLinesBecomeImportEntries() {
        List<RegistryCsv.ParsedRow> rows = read(HEADER
                + "CA_NHAN,001085000001,,Nguyễn Văn An,thhoachung,CSTD_CS,2024,,12/QĐ-UBND,05/12/2024,UBND thành phố Cao Bằng\n"
                + "TAP_THE,,thhoachung,Trường Tiểu học Hòa Chung,thhoachung,TT_LDTT,2024,THUONG_XUYEN,,,\n"
                + "CA_NHAN,001085000001,,Nguyễn Văn An,,BK_T,2023,DOT_XUAT,,1/2/2024,\n", StandardCharsets.UTF_8);

        assertThat(rows).extracting(RegistryCsv.ParsedRow::error).containsOnlyNulls();
        RegistryEntry first = rows.get(0).entry();
        assertThat(first.subjectKind()).isEqualTo(SubjectKind.INDIVIDUAL);
        assertThat(first.cccd()).isEqualTo("001085000001");
        assertThat(first.awardYear()).isEqualTo(2024);
        assertThat(first.meritKind()).isEqualTo(MeritKind.MERIT);
        assertThat(first.decisionDate()).isEqualTo(LocalDate.of(2024, 12, 5));
        assertThat(first.decidedBy()).isEqualTo("UBND thành phố Cao Bằng");
        assertThat(first.source()).isEqualTo(RegistrySource.IMPORT);
        assertThat(first.createdBy()).isEqualTo("bantdkt");
        assertThat(rows.get(1).entry().collectiveCode()).isEqualTo("thhoachung");
        assertThat(rows.get(1).entry().cccd()).isNull();
        assertThat(rows.get(2).entry().meritKind()).isEqualTo(MeritKind.ONE_OFF);
        assertThat(rows.get(2).entry().unitCode()).isNull();
        assertThat(rows).extracting(RegistryCsv.ParsedRow::line).containsExactly(2, 3, 4);
    }

    @Test
    void bomSemicolonsQuotesAndNfdNames() {
        String nfdName = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);
        assertThat(nfdName).isNotEqualTo("Nguyễn Thị Hồng Nhung");
        String text = "\uFEFF" + HEADER.replace(',', ';').replace("\n", "\r\n")
                + "CA_NHAN;\"001190000002\";;\"" + nfdName + "\";thpttk;LDTT;2025;;\"05/QĐ; \"\"bổ sung\"\"\";;\"Sở Nội vụ\r\ntỉnh Cao Bằng\"\r\n"
                + "\r\n"
                + "CA_NHAN;001190000003;;Lê Văn Bình;thpttk;LDTT;2025;;;;\r\n";
        List<RegistryCsv.ParsedRow> rows = read(text, StandardCharsets.UTF_8);

        assertThat(rows).hasSize(2);
        RegistryEntry entry = rows.get(0).entry();
        assertThat(rows.get(0).error()).isNull();
        assertThat(entry.fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(Normalizer.isNormalized(entry.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(entry.decisionNumber()).isEqualTo("05/QĐ; \"bổ sung\"");
        assertThat(entry.decidedBy()).isEqualTo("Sở Nội vụ\ntỉnh Cao Bằng");
        // The quoted field spans two lines: the next record starts on line 5 (line 4 is blank).
        assertThat(rows.get(1).line()).isEqualTo(5);
        assertThat(rows.get(1).entry().fullName()).isEqualTo("Lê Văn Bình");
    }

    @Test
    void badLinesAreRefusedWithTheirReasons() {
        List<RegistryCsv.ParsedRow> rows = read(HEADER
                + "CA_NHAN,12345678901,,Trần Văn Cường,thhoachung,LDTT,2024,,,,\n"
                + "CA_NHAN,001085000004,,Phạm Thị Dung,thhoachung,XYZ,2024,,,,\n"
                + "CA_NHAN,001085000005,,Hoàng Văn Em,thhoachung,LDTT,20x4,,,,\n"
                + "CA_NHAN,001085000006,,Vũ Thị Giang,thhoachung,LDTT,2024,,,31/02/2024,\n"
                + "CA_NHAN,001085000007,,,thhoachung,LDTT,2024,,,,\n"
                + "TAP_THE,,thhoachung,Tổ Toán,thhoachung,LDTT,2024,,,,\n"
                + "NHOM,001085000008,,Đỗ Văn Hải,khongco,LDTT,2027,KHAC,,,\n"
                + "CA_NHAN,001085000009,,Ngô Thị Lan,thhoachung,LDTT,2025,,,15/06/2024,\n",
                StandardCharsets.UTF_8);

        assertThat(rows).extracting(RegistryCsv.ParsedRow::entry).containsOnlyNulls();
        assertThat(rows.get(0).error()).isEqualTo("Số CCCD phải gồm đúng 12 chữ số");
        assertThat(rows.get(1).error()).isEqualTo("Danh hiệu \"XYZ\" không có trong danh mục khen thưởng");
        assertThat(rows.get(2).error()).isEqualTo("Năm không hợp lệ (phải từ 1945 đến 2026)");
        assertThat(rows.get(3).error()).isEqualTo("Ngày quyết định \"31/02/2024\" không hợp lệ (định dạng dd/MM/yyyy)");
        assertThat(rows.get(4).error()).isEqualTo("Thiếu họ tên");
        assertThat(rows.get(5).error()).isEqualTo("Lao động tiên tiến không xét tặng cho tập thể");
        assertThat(rows.get(6).error()).contains("Loại phải là CA_NHAN hoặc TAP_THE",
                "Đơn vị \"khongco\" không có trong danh mục tổ chức", "Năm không hợp lệ",
                "Loại khen phải là THUONG_XUYEN, DOT_XUAT hoặc CHUYEN_DE");
        assertThat(rows.get(7).error()).isEqualTo("Ngày quyết định 15/06/2024 trước năm được khen 2025");
    }

    @Test
    void fileAsAWholeIsRefusedWithoutTheColumnsOrInAnotherEncoding() {
        assertThatThrownBy(() -> read("loai,cccd,ho_ten\nCA_NHAN,001085000001,An\n", StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thiếu cột: ma_tap_the");
        assertThatThrownBy(() -> read(HEADER + "CA_NHAN,001085000001,,Lê Thị Ánh,,LDTT,2024,,,,\n",
                Charset.forName("windows-1258")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> read("", StandardCharsets.UTF_8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineWithFewerColumnsThanTheHeaderRefusesTheFileWithItsLineNumber() {
        String text = HEADER
                + "CA_NHAN,001085000001,,Nguyễn Văn An,thhoachung,CSTD_CS,2024,,,,\n"
                + "\n"
                + "CA_NHAN,001085000002,,Lê Văn Bình,thhoachung,LDTT,2024\n";
        assertThatThrownBy(() -> read(text, StandardCharsets.UTF_8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Dòng 4 thiếu cột: có 7 cột, dòng tiêu đề có 11 cột");
    }

    @Test
    void dataAfterTheLastColumnOrAQuoteLeftOpenRefusesTheFile() {
        assertThat(read(HEADER + "CA_NHAN,001085000001,,Nguyễn Văn An,,LDTT,2024,,,,,,\n", StandardCharsets.UTF_8))
                .singleElement().satisfies(row -> assertThat(row.error()).isNull());
        assertThatThrownBy(() -> read(HEADER + "CA_NHAN,001085000001,,Nguyễn Văn, An,,LDTT,2024,,,,Sở Nội vụ\n",
                StandardCharsets.UTF_8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Dòng 2 thừa cột");
        assertThatThrownBy(() -> read(HEADER + "CA_NHAN,001085000001,,\"Nguyễn Văn An,,LDTT,2024,,,,\n"
                + "CA_NHAN,001085000002,,Lê Văn Bình,,LDTT,2024,,,,\n", StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Dòng 2 mở dấu nháy kép mà không đóng đến hết tệp");
        String open = HEADER + "CA_NHAN,001085000001,,\"" + "Nguyễn Văn An,\n".repeat(400);
        assertThatThrownBy(() -> read(open, StandardCharsets.UTF_8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Dòng 2 có một ô dài quá 4000 ký tự");
    }

    @Test
    void controlCharactersRefuseTheLineAndInvisibleOnesAreDropped() {
        List<RegistryCsv.ParsedRow> rows = read(HEADER
                + "CA_NHAN,001085000001,,Nguyễn\u0000 Văn An,thhoachung,LDTT,2024,,,,\n"
                + "CA_NHAN,001085000002,,\u200BLê Văn\u200B Bình\u202E,thhoachung,LDTT,2024,,,,\n", StandardCharsets.UTF_8);
        assertThat(rows.get(0).error()).isEqualTo("Cột ho_ten chứa ký tự điều khiển không được phép (U+0000)");
        assertThat(rows.get(1).entry().fullName()).isEqualTo("Lê Văn Bình");
    }

    private List<RegistryCsv.ParsedRow> read(String text, Charset charset) {
        List<RegistryCsv.ParsedRow> rows = new ArrayList<>();
        try {
            csv.read(new ByteArrayInputStream(text.getBytes(charset)), "bantdkt", rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
