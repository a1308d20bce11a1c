package vn.khenthuong.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.VietnameseMoney;

/** Realistic decisions of the provincial chairman for tests and the benchmark. */
public final class SampleDecisions {

    public static final LocalDate DATE = LocalDate.of(2026, 4, 5);
    public static final long INDIVIDUAL_BONUS = 3_510_000;
    public static final long COLLECTIVE_BONUS = 7_020_000;
    public static final String LONG_UNIT = "Phó Trưởng phòng Nghiệp vụ, Phòng Giáo dục và Đào tạo, Ủy ban nhân dân "
            + "xã Đình Phong, tỉnh Cao Bằng (nay là Phòng Văn hóa - Xã hội)";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Nông", "Lương", "Đàm", "Bế", "Lục"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Thị Thu", "Minh", "Quốc", "Thị Hồng", "Xuân"};
    private static final String[] GIVEN = {"Anh", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Khánh",
        "Linh", "Mạnh", "Nga", "Phượng", "Quỳnh", "Sơn", "Thảo", "Tuấn", "Uyên", "Việt", "Yến"};
    private static final String[] UNITS = {"Giáo viên, Trường Tiểu học Hòa Chung, Thành phố Cao Bằng",
        "Chuyên viên, Kho bạc Nhà nước Cao Bằng", "Hiệu trưởng, Trường Trung học phổ thông Trùng Khánh",
        "Chủ tịch Hội Nông dân xã Đình Phong, huyện Trùng Khánh", "Kế toán trưởng, Sở Nội vụ tỉnh Cao Bằng"};
    private static final String[] COLLECTIVES = {"Tổ Toán - Tin", "Phòng Kiểm soát chi", "Trường Tiểu học Hòa Chung",
        "Ủy ban nhân dân xã Đình Phong", "Tổ Ngữ văn - Lịch sử - Địa lý - Giáo dục công dân"};

    private SampleDecisions() {
    }

    public static DecisionDocument decision(int individuals, int collectives) {
        return decision(individuals, collectives, DecisionDocument.Signer.chairman("Lê Hải Hòa"));
    }

    public static DecisionDocument decision(int individuals, int collectives, DecisionDocument.Signer signer) {
        return decision(individuals, collectives, signer, new DecisionDocument.DecisionNumber(123, "QĐ-UBND"));
    }

    /** The draft the chairman reads: no number yet. */
    public static DecisionDocument draft(int individuals, int collectives) {
        return decision(individuals, collectives, DecisionDocument.Signer.chairman("Lê Hải Hòa"),
                DecisionDocument.DecisionNumber.draft("QĐ-UBND"));
    }

    private static DecisionDocument decision(int individuals, int collectives, DecisionDocument.Signer signer,
            DecisionDocument.DecisionNumber number) {
        return new DecisionDocument(
                List.of("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"),
                number,
                "Cao Bằng", DATE,
                "Về việc tặng Bằng khen",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết "
                                + "một số điều của Luật Thi đua, khen thưởng;",
                        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 28 tháng 3 năm 2026."),
                List.of("Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho " + individuals + " cá nhân và "
                                + collectives + " tập thể (có danh sách kèm theo), đã có thành tích xuất sắc trong phong "
                                + "trào thi đua \"Cao Bằng chung sức xây dựng nông thôn mới\" năm 2025.",
                        "Mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng " + VietnameseMoney.format(INDIVIDUAL_BONUS)
                                + ", mỗi tập thể " + VietnameseMoney.format(COLLECTIVE_BONUS)
                                + ". Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng tỉnh năm 2026.",
                        "Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, "
                                + "Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 "
                                + "chịu trách nhiệm thi hành Quyết định này."),
                List.of("Như Điều 3;", "Chủ tịch, các PCT UBND tỉnh;", "Ban Thi đua - Khen thưởng Trung ương;",
                        "Lưu: VT, TĐKT."),
                signer,
                new DecisionDocument.AttachedList(
                        "Cá nhân, tập thể được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                        "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng", recipients(individuals, collectives)));
    }

    public static List<DecisionDocument.Recipient> recipients(int individuals, int collectives) {
        List<DecisionDocument.Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < individuals; i++) {
            String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[i / 3 % MIDDLE.length] + " " + GIVEN[i / 7 % GIVEN.length];
            String unit = i == 1 ? LONG_UNIT : UNITS[i % UNITS.length];
            recipients.add(new DecisionDocument.Recipient(NomineeKind.INDIVIDUAL, name, unit, INDIVIDUAL_BONUS));
        }
        for (int i = 0; i < collectives; i++) {
            recipients.add(new DecisionDocument.Recipient(NomineeKind.COLLECTIVE, COLLECTIVES[i % COLLECTIVES.length],
                    UNITS[(i + 2) % UNITS.length].replaceFirst("^[^,]*, ", ""), COLLECTIVE_BONUS));
        }
        return recipients;
    }
}
