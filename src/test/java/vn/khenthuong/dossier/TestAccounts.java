package vn.khenthuong.dossier;

/** The demo accounts, which the demo profile of every IT creates, all share this password. */
final class TestAccounts {

    static final String PASSWORD = "demo";

    private TestAccounts() {
    }
}
