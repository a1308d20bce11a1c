package vn.khenthuong.dossier;

/** The names a timeline shows instead of codes and ids. */
interface Directory {

    /** The group (or else the organisation) a user acted for, e.g. "Phòng Nội vụ - Thành phố Cao Bằng"; null if unknown. */
    String actingFor(String userId, String orgCode);

    String groupName(String groupId);

    String awardName(String awardCode);

    /** The nominee's name, or null when the nominee is no longer in the dossier. */
    String nomineeName(long nomineeId);
}
