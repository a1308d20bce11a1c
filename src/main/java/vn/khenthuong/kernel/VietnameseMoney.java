package vn.khenthuong.kernel;

/** Amounts of Vietnamese đồng written the Vietnamese way: dots group the thousands. */
public final class VietnameseMoney {

    private VietnameseMoney() {
    }

    /** "3.510.000 đồng". */
    public static String format(long amount) {
        return digits(amount) + " đồng";
    }

    /** "3.510.000", for table cells whose header already says "đồng". */
    public static String digits(long amount) {
        String plain = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder(plain.length() + plain.length() / 3);
        int head = plain.length() % 3 == 0 ? 3 : plain.length() % 3;
        grouped.append(plain, 0, head);
        for (int i = head; i < plain.length(); i += 3) {
            grouped.append('.').append(plain, i, i + 3);
        }
        return amount < 0 ? "-" + grouped : grouped.toString();
    }
}
