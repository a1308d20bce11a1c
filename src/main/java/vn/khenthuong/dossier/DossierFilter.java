package vn.khenthuong.dossier;

/** The optional criteria of a dossier list; null means any. */
record DossierFilter(String unit, DossierStatus status, Integer year, String award) {
}
