package vn.khenthuong.pdf;

/** A face at a size in points. */
public record Style(Face face, float size) {

    public static Style regular(float size) {
        return new Style(Face.REGULAR, size);
    }

    public static Style bold(float size) {
        return new Style(Face.BOLD, size);
    }

    public static Style italic(float size) {
        return new Style(Face.ITALIC, size);
    }

    public static Style boldItalic(float size) {
        return new Style(Face.BOLD_ITALIC, size);
    }
}
