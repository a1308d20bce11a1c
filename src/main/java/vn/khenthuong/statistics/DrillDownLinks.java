package vn.khenthuong.statistics;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of the list of awards behind a figure: the selection (period as dates, scope, movement) and the
 * slice. The list page reads the same parameters back ({@link StatisticsParameters}).
 */
final class DrillDownLinks {

    static final String LIST = "/thong-ke/danh-sach";

    private final Selection selection;

    DrillDownLinks(Selection selection) {
        this.selection = selection;
    }

    DrillDownLinks forPeriod(Period period) {
        return new DrillDownLinks(selection.withPeriod(period));
    }

    String to(Slice slice) {
        return to(LIST, slice);
    }

    String to(String path, Slice slice) {
        UriComponentsBuilder uri = selection(path);
        uri.queryParam(StatisticsParameters.MEASURE, slice.measure().name());
        optional(uri, StatisticsParameters.AWARD, slice.award());
        optional(uri, StatisticsParameters.LEVEL, slice.level() == null ? null : slice.level().name());
        optional(uri, StatisticsParameters.MERIT_KIND, slice.meritKind() == null ? null : slice.meritKind().name());
        optional(uri, StatisticsParameters.AREA, slice.area());
        optional(uri, StatisticsParameters.FUNDING, slice.funding());
        return uri.encode().build().toUriString();
    }

    /** A page of the whole selection: the statistics themselves, their exports. */
    String page(String path) {
        return selection(path).encode().build().toUriString();
    }

    private UriComponentsBuilder selection(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path)
                .queryParam(StatisticsParameters.FROM, selection.period().from())
                .queryParam(StatisticsParameters.TO, selection.period().to())
                .queryParam(StatisticsParameters.ORG, selection.scope().code());
        optional(uri, StatisticsParameters.MOVEMENT, selection.movement());
        return uri;
    }

    private static void optional(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
