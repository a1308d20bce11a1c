package vn.khenthuong.nomination;

/**
 * Camunda keeps a String variable in at most 4,000 characters (a varchar on PostgreSQL): texts shown in
 * Tasklist forms are cut at a line end below that, with a pointer to where the whole of it is.
 */
final class TasklistText {

    static final int MAX = 4_000;
    private static final int BUDGET = 3_700;

    private TasklistText() {
    }

    static String fit(String markdown, String whereTheRestIs) {
        if (markdown.length() <= BUDGET) {
            return markdown;
        }
        int cut = markdown.lastIndexOf('\n', BUDGET);
        return markdown.substring(0, cut > 0 ? cut : BUDGET) + "\n\n… (còn nữa — xem đầy đủ " + whereTheRestIs + ")\n";
    }
}
