package vn.khenthuong.pdf;

/** The four faces of Liberation Serif 2.x: Times New Roman metrics, every Vietnamese letter. */
public enum Face {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    private final String file;

    Face(String file) {
        this.file = file;
    }

    /** Classpath resource inside com.github.librepdf:openpdf-fonts-extra. */
    String resource() {
        return "/liberation/" + file;
    }
}
