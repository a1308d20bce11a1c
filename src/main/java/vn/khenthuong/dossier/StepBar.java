package vn.khenthuong.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the dossier stands, in the words of the people on its way: Đơn vị → Phòng Nội vụ → Hội đồng →
 * Chủ tịch → (the province's three steps when it goes up) → Quyết định; shown above the diagram (public
 * for the page template).
 */
public record StepBar(List<Stop> stops) {

    public enum State { DONE, CURRENT, RETURNED, TODO, ENDED }

    public record Stop(String label, State state) {

        /** The CSS class and the words a screen reader says for the state. */
        public String css() {
            return state.name().toLowerCase(Locale.ROOT);
        }

        public String stateText() {
            return switch (state) {
                case DONE -> "đã xong";
                case CURRENT -> "đang xử lý";
                case RETURNED -> "đã trả lại đơn vị";
                case TODO -> "chưa tới";
                case ENDED -> "kết thúc";
            };
        }
    }

    /** The review steps of the nomination process (activity ids of bpmn/nomination.bpmn) and what people call them. */
    static final List<String[]> DISTRICT = List.of(
            new String[] {"districtCheck", "Phòng Nội vụ"},
            new String[] {"districtCouncil", "Hội đồng TĐKT huyện"},
            new String[] {"districtChairman", "Chủ tịch UBND huyện"});
    static final List<String[]> PROVINCE = List.of(
            new String[] {"provinceAppraisal", "Ban TĐKT tỉnh"},
            new String[] {"provinceCouncil", "Hội đồng TĐKT tỉnh"},
            new String[] {"provinceChairman", "Chủ tịch UBND tỉnh"});
    static final String SUPPLEMENT_PREFIX = "supplement";

    static StepBar of(Dossier d, ReviewProcess.Progress progress) {
        Set<String> passed = new HashSet<>(progress.passed());
        Set<String> current = new HashSet<>(progress.current());
        Set<String> seen = new HashSet<>(passed);
        seen.addAll(current);
        boolean anyDistrict = DISTRICT.stream().anyMatch(s -> seen.contains(s[0]));
        boolean anyProvince = PROVINCE.stream().anyMatch(s -> seen.contains(s[0]));
        boolean district = anyDistrict || !anyProvince;
        boolean province = anyProvince || (d.decidingLevel() != null && !"DISTRICT".equals(d.decidingLevel()));

        List<Stop> stops = new ArrayList<>();
        boolean atUnit = d.status() == DossierStatus.DRAFT || d.status() == DossierStatus.RETURNED;
        stops.add(new Stop("Đơn vị", atUnit ? State.CURRENT : State.DONE));
        List<String[]> steps = new ArrayList<>();
        if (district) {
            steps.addAll(DISTRICT);
        }
        if (province) {
            steps.addAll(PROVINCE);
        }
        for (String[] step : steps) {
            String id = step[0];
            String supplement = SUPPLEMENT_PREFIX + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            State state = current.contains(id) ? State.CURRENT
                    : current.contains(supplement) ? State.RETURNED
                    : passed.contains(id) ? State.DONE : State.TODO;
            stops.add(new Stop(step[1], state));
        }
        stops.add(last(d.status()));
        return new StepBar(stops);
    }

    private static Stop last(DossierStatus status) {
        return switch (status) {
            case DECIDED -> new Stop("Quyết định", State.DONE);
            case APPROVED -> new Stop("Quyết định", State.CURRENT);
            case FORWARDED -> new Stop("Trình cấp trên", State.DONE);
            case REJECTED, WITHDRAWN, NOT_APPROVED -> new Stop(status.label(), State.ENDED);
            default -> new Stop("Quyết định", State.TODO);
        };
    }
}
