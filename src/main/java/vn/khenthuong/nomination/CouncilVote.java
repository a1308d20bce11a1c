package vn.khenthuong.nomination;

/** One nominee's ballot result at a council meeting. */
record CouncilVote(long nomineeId, int membersTotal, int membersPresent, int inFavour) {
}
