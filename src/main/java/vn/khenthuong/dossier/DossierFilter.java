package vn.khenthuong.dossier;

/** The optional criteria of a dossier list; null means any. */
record DossierFilter(String unit, DossierStatus status, Integer year, String award, Long before) {

    DossierFilter(String unit, DossierStatus status, Integer year, String award) {
        this(unit, status, year, award, null);
    }

    /** The next page of a list shown newest first: the dossiers older than {@code id} (none: the first page). */
    DossierFilter before(Long id) {
        return new DossierFilter(unit, status, year, award, id);
    }
}
