package vn.khenthuong.organisation;

public enum OrgKind {
    PROVINCE(OrgLevel.PROVINCE),
    DISTRICT(OrgLevel.DISTRICT),
    COMMUNE(OrgLevel.DISTRICT),
    UNIT(OrgLevel.UNIT),
    /** A provincial agency (sở, ban, ngành): a unit that submits straight to the province. */
    AGENCY(OrgLevel.UNIT);

    private final OrgLevel level;

    OrgKind(OrgLevel level) {
        this.level = level;
    }

    public OrgLevel level() {
        return level;
    }
}
