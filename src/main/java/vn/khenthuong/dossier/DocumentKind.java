package vn.khenthuong.dossier;

public enum DocumentKind {
    TO_TRINH("Tờ trình"),
    DANH_SACH("Danh sách đề nghị"),
    BAO_CAO_THANH_TICH("Báo cáo thành tích"),
    BIEN_BAN_HOP("Biên bản họp Hội đồng"),
    SANG_KIEN("Công nhận sáng kiến"),
    XAC_NHAN_THUE("Xác nhận nghĩa vụ thuế"),
    KHAC("Tài liệu khác");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
