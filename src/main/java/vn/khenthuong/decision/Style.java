package vn.khenthuong.decision;

/** A face at a size in points. */
record Style(Face face, float size) {

    static Style regular(float size) {
        return new Style(Face.REGULAR, size);
    }

    static Style bold(float size) {
        return new Style(Face.BOLD, size);
    }

    static Style italic(float size) {
        return new Style(Face.ITALIC, size);
    }

    static Style boldItalic(float size) {
        return new Style(Face.BOLD_ITALIC, size);
    }
}
