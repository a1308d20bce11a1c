package vn.khenthuong.statistics;

import java.util.Locale;

/**
 * A small SVG writer for the charts, drawn on the server so that nothing is fetched at run time and the
 * page prints as it shows. Every text and attribute is escaped; links get the application's context path.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();
    private final String contextPath;

    Svg(int width, int height, String title, String contextPath) {
        this.contextPath = contextPath;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\"><title>")
                .append(escape(title)).append("</title>");
    }

    Svg rect(double x, double y, double width, double height, String cssClass) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    Svg polyline(String points, String cssClass) {
        out.append("<polyline points=\"").append(points).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String cssClass) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    /** {@code anchor}: start, middle or end. */
    Svg text(double x, double y, String text, String anchor, String cssClass) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" class=\"").append(cssClass).append("\">").append(escape(text)).append("</text>");
        return this;
    }

    /** Opens a link around what follows, with a tooltip; close it with {@link #endLink()}. */
    Svg link(String href, String tooltip) {
        out.append("<a href=\"").append(escape(contextPath + href)).append("\"><title>").append(escape(tooltip))
                .append("</title>");
        return this;
    }

    Svg endLink() {
        out.append("</a>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String point(double x, double y) {
        return n(x) + "," + n(y);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
