package vn.khenthuong.dossier;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import vn.khenthuong.audit.AuditEvent;
import vn.khenthuong.dossier.DocumentKind;
import vn.khenthuong.dossier.TimelineEntry.Detail;
import vn.khenthuong.kernel.VietnamTime;

/** What an audit event says, in Vietnamese: a label per event type and the details of its payload. */
final class AuditEventText {

    static final String COUNCIL_VOTE = "COUNCIL_VOTE";
    static final String STEP_COMPLETED = "STEP_COMPLETED";
    static final String RESUBMITTED = "RESUBMITTED";
    static final String DECISION_SIGNED = "DECISION_SIGNED";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("DOSSIER_CREATED", "Lập hồ sơ"),
            Map.entry("DOSSIER_EDITED", "Sửa hồ sơ"),
            Map.entry("DOCUMENT_ATTACHED", "Đính kèm tài liệu"),
            Map.entry("DOCUMENT_REMOVED", "Gỡ tài liệu"),
            Map.entry("SUBMITTED", "Trình hồ sơ"),
            Map.entry(RESUBMITTED, "Trình lại hồ sơ sau khi bổ sung"),
            Map.entry("WITHDRAWAL_REQUESTED", "Đề nghị rút hồ sơ"),
            Map.entry("REACHED_PROVINCE", "Hồ sơ được chuyển lên tỉnh"),
            Map.entry("RETURNED", "Hồ sơ bị trả lại để bổ sung"),
            Map.entry("NOMINEE_STRUCK", "Loại khỏi danh sách đề nghị"),
            Map.entry("APPROVED", "Hồ sơ được phê duyệt, chờ quyết định khen thưởng"),
            Map.entry("FORWARDED_UPWARD", "Trình khen thưởng cấp Nhà nước"),
            Map.entry("REJECTED", "Hồ sơ bị từ chối"),
            Map.entry("NOT_APPROVED", "Không còn người được đề nghị sau biểu quyết"),
            Map.entry("WITHDRAWN", "Hồ sơ đã rút"),
            Map.entry("FINDINGS_OVERRIDDEN", "Chấp nhận vượt qua lỗi kiểm tra điều kiện"),
            Map.entry(STEP_COMPLETED, "Xử lý xong bước"),
            Map.entry(COUNCIL_VOTE, "Hội đồng biểu quyết"),
            Map.entry("REGISTRY_ENTRY", "Ghi sổ theo dõi khen thưởng"),
            Map.entry("TASK_OVERDUE", "Quá hạn xử lý"),
            Map.entry("DECISION_DRAFTED", "Lập dự thảo quyết định khen thưởng"),
            Map.entry("DECISION_RETURNED", "Dự thảo quyết định bị trả lại để sửa"),
            Map.entry("DECISION_CANCELLED", "Hủy dự thảo quyết định"),
            Map.entry(DECISION_SIGNED, "Ký quyết định khen thưởng"),
            Map.entry("DECIDED", "Hồ sơ đã có quyết định khen thưởng"));
    private static final Map<String, String> OUTCOMES = Map.of(
            "APPROVE", "đồng ý", "RETURN", "trả lại để bổ sung", "REJECT", "từ chối");

    private final Directory directory;

    AuditEventText(Directory directory) {
        this.directory = directory;
    }

    /** The label of an event type; an unknown type is shown by its code. */
    static String label(String eventType) {
        return LABELS.getOrDefault(eventType, "Sự kiện " + eventType);
    }

    static JsonNode payload(AuditEvent event) {
        try {
            return JSON.readTree(event.payload());
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    String what(AuditEvent event) {
        JsonNode p = payload(event);
        if (STEP_COMPLETED.equals(event.eventType()) && has(p, "step")) {
            return text(p, "step") + ": " + OUTCOMES.getOrDefault(text(p, "outcome"), text(p, "outcome"));
        }
        if (COUNCIL_VOTE.equals(event.eventType()) && has(p, "step")) {
            return "Biểu quyết của " + text(p, "step");
        }
        return label(event.eventType());
    }

    List<Detail> details(AuditEvent event) {
        JsonNode p = payload(event);
        List<Detail> details = new ArrayList<>();
        switch (event.eventType()) {
            case "DOSSIER_CREATED", "DOSSIER_EDITED" -> {
                add(details, "Danh hiệu đề nghị: ", award(p));
                add(details, "Năm: ", text(p, "year"));
                add(details, "Người, tập thể được đề nghị: ", join(p.path("nominees")));
            }
            case "DOCUMENT_ATTACHED" -> add(details, documentKind(text(p, "kind")) + ": ", text(p, "fileName"));
            case "DOCUMENT_REMOVED" -> add(details, "Tài liệu số ", text(p, "documentId"));
            case RESUBMITTED -> add(details, "Giải trình của đơn vị: ", text(p, "response"));
            case "WITHDRAWAL_REQUESTED", "WITHDRAWN", "REJECTED" -> add(details, "Lý do: ", text(p, "reason"));
            case "RETURNED" -> {
                add(details, "Bước trả lại: ", text(p, "step"));
                add(details, "Ý kiến: ", text(p, "comment"));
            }
            case "NOMINEE_STRUCK" -> {
                String name = p.has("nomineeId") ? directory.nomineeName(p.get("nomineeId").asLong()) : null;
                add(details, "Người, tập thể bị loại: ", name);
                add(details, "Lý do: ", text(p, "reason"));
            }
            case "FINDINGS_OVERRIDDEN" -> {
                add(details, "Bước: ", text(p, "step"));
                add(details, "Lý do chấp nhận: ", text(p, "reason"));
            }
            case STEP_COMPLETED -> add(details, "Ý kiến: ", text(p, "comment"));
            case COUNCIL_VOTE -> details.add(Detail.text(tally(p)));
            case "REGISTRY_ENTRY" -> add(details, "", text(p, "nominee") == null ? null
                    : text(p, "nominee") + ": " + award(p) + (has(p, "year") ? " năm " + text(p, "year") : ""));
            case "TASK_OVERDUE" -> {
                add(details, "Bước: ", text(p, "step"));
                add(details, "Hạn xử lý: ", dueDate(text(p, "due")));
                add(details, "Đã báo cho: ", has(p, "toldGroup") ? directory.groupName(text(p, "toldGroup")) : null);
            }
            case DECISION_SIGNED -> {
                String number = text(p, "decisionNumber");
                String id = text(p, "decisionId");
                if (number != null || id != null) {
                    details.add(new Detail("Quyết định số " + (number == null ? id : number),
                            id == null ? null : "/quyet-dinh/" + id + "/quyet-dinh.pdf"));
                }
                List<String> names = new ArrayList<>();
                p.path("nomineeIds").forEach(n -> names.add(directory.nomineeName(n.asLong())));
                names.removeIf(name -> name == null);
                add(details, "Được khen thưởng: ", names.isEmpty() ? null : String.join(", ", names));
            }
            case "DECISION_DRAFTED" -> {
                draft(details, p);
                add(details, "Danh hiệu: ", award(p));
            }
            case "DECISION_RETURNED" -> {
                draft(details, p);
                add(details, "Ý kiến: ", text(p, "comment"));
            }
            case "DECISION_CANCELLED" -> draft(details, p);
            case "SUBMITTED", "REACHED_PROVINCE", "APPROVED", "FORWARDED_UPWARD", "NOT_APPROVED", "DECIDED" -> {
                // the label says it all
            }
            default -> everyField(details, p);
        }
        return details;
    }

    /** "Nguyễn Văn A: 5/7 tán thành — đạt": votes in favour of all members, and whether the threshold was met. */
    static String tally(JsonNode p) {
        return text(p, "nominee") + ": " + text(p, "inFavour") + "/" + text(p, "membersTotal") + " tán thành — "
                + (p.path("passed").asBoolean() ? "đạt" : "không đạt");
    }

    /** The attendance and threshold of a council vote, the same for every nominee of one sitting. */
    static String sitting(JsonNode p) {
        return "Có mặt " + text(p, "membersPresent") + "/" + text(p, "membersTotal") + " thành viên"
                + (has(p, "threshold") ? "; ngưỡng: " + text(p, "threshold") : "");
    }

    /** Every event type has its label: a raw code never reaches a reader. */
    static boolean knows(String eventType) {
        return LABELS.containsKey(eventType);
    }

    private static void draft(List<Detail> details, JsonNode p) {
        String id = text(p, "decisionId");
        if (id != null) {
            details.add(new Detail("Xem dự thảo quyết định", "/quyet-dinh/" + id));
        }
    }

    private String award(JsonNode p) {
        String code = text(p, "award");
        return code == null ? null : directory.awardName(code);
    }

    private static String documentKind(String kind) {
        try {
            return kind == null ? "Tài liệu" : DocumentKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    private static String dueDate(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(VietnamTime.ZONE).format(MINUTES);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static void everyField(List<Detail> details, JsonNode p) {
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            add(details, field.getKey() + ": ", value.isArray() ? join(value) : value.isValueNode() ? value.asText()
                    : value.toString());
        }
    }

    private static void add(List<Detail> details, String label, String value) {
        if (value != null && !value.isBlank()) {
            details.add(Detail.text(label + value));
        }
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static boolean has(JsonNode p, String field) {
        return p.hasNonNull(field) && !p.get(field).asText().isBlank();
    }

    static String text(JsonNode p, String field) {
        JsonNode value = p.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
