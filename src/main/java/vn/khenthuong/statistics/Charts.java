package vn.khenthuong.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The three charts of the page as inline SVG: awards by year and level (stacked bars), the two shares over
 * the years against their targets (lines), and the ranking of areas (horizontal bars). Values are written
 * on the bars and points so that a printout in black and white still reads.
 */
final class Charts {

    private static final int WIDTH = 760;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 36;
    private static final String[] LEVEL_CLASSES = {"level-state", "level-province", "level-district"};

    private final String contextPath;

    Charts(String contextPath) {
        this.contextPath = contextPath;
    }

    String awardsByYear(List<YearSeries.Year> years) {
        int height = 320;
        double plotHeight = height - TOP - BOTTOM;
        long max = Math.max(1, years.stream().mapToLong(y -> y.levels().stream().mapToLong(Bar::value).sum()).max().orElse(1));
        long step = niceStep(max);
        long top = (max + step - 1) / step * step;
        Svg svg = new Svg(WIDTH, height, "Số khen thưởng theo năm và cấp", contextPath);
        legend(svg, YearSeries.LEVELS.stream().map(AwardLevel::label).toList(), LEVEL_CLASSES);
        for (long v = 0; v <= top; v += step) {
            double y = TOP + plotHeight - plotHeight * v / top;
            svg.line(LEFT, y, WIDTH - RIGHT, y, "grid").text(LEFT - 6, y + 4, VietnameseNumbers.count(v), "end", "axis");
        }
        double slot = (WIDTH - LEFT - RIGHT) / (double) years.size();
        for (int i = 0; i < years.size(); i++) {
            YearSeries.Year year = years.get(i);
            double x = LEFT + slot * i + slot * 0.18;
            double base = TOP + plotHeight;
            for (int l = 0; l < year.levels().size(); l++) {
                Bar bar = year.levels().get(l);
                double h = plotHeight * bar.value() / top;
                if (bar.value() > 0) {
                    svg.link(bar.link(), year.year() + ", " + bar.label() + ": " + VietnameseNumbers.count(bar.value()))
                            .rect(x, base - h, slot * 0.64, h, "bar " + LEVEL_CLASSES[l]).endLink();
                }
                base -= h;
            }
            long sum = year.levels().stream().mapToLong(Bar::value).sum();
            svg.link(year.total().link(), year.year() + ": " + VietnameseNumbers.count(sum))
                    .text(x + slot * 0.32, base - 4, VietnameseNumbers.count(sum), "middle", "value").endLink();
            svg.text(x + slot * 0.32, TOP + plotHeight + 18, Integer.toString(year.year()), "middle", "axis");
        }
        return svg.end();
    }

    String sharesByYear(List<YearSeries.Year> years) {
        int height = 320;
        double plotHeight = height - TOP - BOTTOM;
        Svg svg = new Svg(WIDTH, height, "Tỷ lệ tập thể nhỏ và người lao động trực tiếp theo năm, so với mục tiêu", contextPath);
        legend(svg, List.of("Tỷ lệ tập thể nhỏ", "Mục tiêu", "Tỷ lệ người lao động trực tiếp", "Mục tiêu"),
                new String[] {"share-small", "target-small", "share-direct", "target-direct"});
        for (int v = 0; v <= 100; v += 20) {
            double y = TOP + plotHeight - plotHeight * v / 100;
            svg.line(LEFT, y, WIDTH - RIGHT, y, "grid").text(LEFT - 6, y + 4, v + "%", "end", "axis");
        }
        double slot = (WIDTH - LEFT - RIGHT) / (double) years.size();
        for (int i = 0; i < years.size(); i++) {
            svg.text(LEFT + slot * (i + 0.5), TOP + plotHeight + 18, Integer.toString(years.get(i).year()), "middle", "axis");
        }
        targetLine(svg, years, true, slot, plotHeight);
        targetLine(svg, years, false, slot, plotHeight);
        shareLine(svg, years, true, slot, plotHeight);
        shareLine(svg, years, false, slot, plotHeight);
        return svg.end();
    }

    String ranking(List<Bar> bars) {
        int row = 24;
        int labelWidth = 230;
        int height = TOP + row * bars.size() + 8;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        double width = WIDTH - labelWidth - RIGHT - 60;
        Svg svg = new Svg(WIDTH, height, "Xếp hạng theo số khen thưởng", contextPath);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + row * i;
            double length = Math.max(1, width * bar.value() / max);
            svg.text(labelWidth - 6, y + 15, shortened(bar.label()), "end", "axis")
                    .link(bar.link(), bar.label() + ": " + VietnameseNumbers.count(bar.value()))
                    .rect(labelWidth, y + 3, length, row - 8, "bar level-province")
                    .text(labelWidth + length + 6, y + 15, VietnameseNumbers.count(bar.value()), "start", "value")
                    .endLink();
        }
        return svg.end();
    }

    private void shareLine(Svg svg, List<YearSeries.Year> years, boolean small, double slot, double plotHeight) {
        String css = small ? "share-small" : "share-direct";
        List<String> points = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Cell.Share share = small ? years.get(i).small() : years.get(i).direct();
            if (share.percent() != null) {
                points.add(Svg.point(LEFT + slot * (i + 0.5), y(share.percent(), plotHeight)));
            }
        }
        svg.polyline(String.join(" ", points), "line " + css);
        for (int i = 0; i < years.size(); i++) {
            YearSeries.Year year = years.get(i);
            Cell.Share share = small ? year.small() : year.direct();
            if (share.percent() == null) {
                continue;
            }
            double x = LEFT + slot * (i + 0.5);
            double y = y(share.percent(), plotHeight);
            String label = (small ? "Tỷ lệ tập thể nhỏ " : "Tỷ lệ người lao động trực tiếp ") + year.year() + ": " + share.text();
            svg.link(share.link(), label).circle(x, y, 4, "point " + css)
                    .text(x, small ? y - 8 : y + 16, share.text(), "middle", "value " + css).endLink();
        }
    }

    private void targetLine(Svg svg, List<YearSeries.Year> years, boolean small, double slot, double plotHeight) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            BigDecimal target = small ? years.get(i).smallTarget() : years.get(i).directTarget();
            if (target != null) {
                points.add(Svg.point(LEFT + slot * i, y(target, plotHeight)));
                points.add(Svg.point(LEFT + slot * (i + 1), y(target, plotHeight)));
            }
        }
        if (!points.isEmpty()) {
            svg.polyline(String.join(" ", points), "line " + (small ? "target-small" : "target-direct"));
        }
    }

    private static double y(BigDecimal percent, double plotHeight) {
        return TOP + plotHeight - plotHeight * percent.doubleValue() / 100;
    }

    private static void legend(Svg svg, List<String> labels, String[] classes) {
        double x = LEFT;
        for (int i = 0; i < labels.size(); i++) {
            svg.rect(x, 10, 14, 12, "key " + classes[i]).text(x + 19, 20, labels.get(i), "start", "axis");
            x += 34 + labels.get(i).length() * 6.2;
        }
    }

    /** A step of 1, 2 or 5 times a power of ten giving about five grid lines. */
    static long niceStep(long max) {
        double raw = max / 5.0;
        long power = (long) Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (long multiple : new long[] {1, 2, 5, 10}) {
            if (power * multiple >= raw) {
                return Math.max(1, power * multiple);
            }
        }
        return power * 10;
    }

    private static String shortened(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33) + "…";
    }
}
