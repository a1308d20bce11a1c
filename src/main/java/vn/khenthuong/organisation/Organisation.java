package vn.khenthuong.organisation;

public record Organisation(String code, String name, OrgKind kind, String parentCode, String placeName) {

    public OrgLevel level() {
        return kind.level();
    }
}
