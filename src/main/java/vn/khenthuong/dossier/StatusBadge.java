package vn.khenthuong.dossier;

/** The colour of a status badge on the pages (classes of app.css): done well, needs the unit, ended badly. */
final class StatusBadge {

    private StatusBadge() {
    }

    static String of(DossierStatus status) {
        return switch (status) {
            case APPROVED, FORWARDED, DECIDED -> "ok";
            case RETURNED -> "warn";
            case REJECTED, NOT_APPROVED -> "bad";
            case DRAFT, SUBMITTED, WITHDRAWN -> "";
        };
    }
}
