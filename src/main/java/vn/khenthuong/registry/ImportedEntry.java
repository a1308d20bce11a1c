package vn.khenthuong.registry;

/**
 * A line of the registry import: the entry and what the statistics count about it, when the file says so
 * (columns {@code tap_the_nho}, {@code lao_dong_truc_tiep}, {@code phong_trao}, {@code tien_thuong},
 * {@code nguon_kinh_phi}; an older file without them imports as before).
 *
 * @param bonusVnd the bonus paid, in đồng; null when not known
 */
record ImportedEntry(RegistryEntry entry, boolean smallCollective, boolean directWorker, String movement,
        Long bonusVnd, String fundingSource) {
}
