package vn.khenthuong.registry;

/**
 * What the statistics count about an award besides the award itself: whether the collective is small,
 * the person a direct worker, the entry a proposal forwarded to the State, and the movement it rewards.
 * Entries recorded from a dossier know them; imported entries do not ({@link #UNKNOWN}).
 */
public record EntryFacts(boolean smallCollective, boolean directWorker, boolean forwardedToState, String movement) {

    public static final EntryFacts UNKNOWN = new EntryFacts(false, false, false, null);
}
