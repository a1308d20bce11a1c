package vn.khenthuong.organisation;

/** A user's role at one organisation, as given by one Camunda group. */
public record Membership(String groupId, String orgCode, OrgRole role) {
}
