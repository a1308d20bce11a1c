package vn.khenthuong.testsupport;

/** The demo accounts, which the demo profile of every IT creates, all share this password. */
public final class TestAccounts {

    public static final String PASSWORD = "demo";

    private TestAccounts() {
    }
}
