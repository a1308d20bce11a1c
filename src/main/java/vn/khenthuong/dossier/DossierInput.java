package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.web.InputFields;

/**
 * Turns a request into clean content ({@link InputFields}: NFC, trimmed, without invisible or control
 * characters, dates in sensible years) and refuses, field by field, what Bean Validation cannot
 * express: the award must exist and suit the nominee's kind, kind-specific fields, initiatives already
 * recognised (not in the future) and counted consistently.
 *
 * <p>Initiatives and the older {@code initiativeCount}: when a person's initiatives are listed, the count is
 * their number (a count sent along must match it); without a list the declared count stays, so that a
 * client written before the list keeps working. On an edit, a nominee sent without {@code initiatives}
 * (null, not []) keeps the initiatives it has.
 */
@Component
class DossierInput {

    static final int FIRST_YEAR = 2000;

    private final AwardCatalogue awards;

    DossierInput(AwardCatalogue awards) {
        this.awards = awards;
    }

    /** {@code defaultYear}: the period year when the request gives none. */
    DossierContent content(DossierRequest request, String unitCode, int defaultYear) {
        return content(request, unitCode, defaultYear, Map.of());
    }

    /** {@code existing}: the dossier's nominees by id, when it is edited. */
    DossierContent content(DossierRequest request, String unitCode, int defaultYear, Map<Long, Nominee> existing) {
        String awardCode = InputFields.line("awardCode", "Mã danh hiệu", request.awardCode());
        AwardTarget target = (awardCode == null ? Optional.<Award>empty() : awards.find(awardCode)).map(Award::target)
                .orElseThrow(() -> Refusal.invalid("awardCode",
                        "Không có danh hiệu, hình thức khen thưởng mã \"" + awardCode + "\""));
        LocalDate today = VietnamTime.today();
        int year = request.periodYear() == null ? defaultYear : request.periodYear();
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            throw Refusal.invalid("periodYear",
                    "Năm xét khen thưởng phải từ " + FIRST_YEAR + " đến " + (today.getYear() + 1));
        }
        InputFields.date("periodFrom", "Ngày bắt đầu thời gian thành tích", request.periodFrom());
        InputFields.date("periodTo", "Ngày kết thúc thời gian thành tích", request.periodTo());
        if (request.periodFrom() != null && request.periodTo() != null && request.periodFrom().isAfter(request.periodTo())) {
            throw Refusal.invalid("periodTo", "Ngày kết thúc thời gian thành tích phải sau ngày bắt đầu");
        }
        List<Nominee> nominees = new ArrayList<>();
        Set<String> cccds = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        List<NomineeRequest> requested = request.nomineesOrEmpty();
        for (int i = 0; i < requested.size(); i++) {
            Nominee nominee = nominee(requested.get(i), i + 1, "nominees[" + i + "].", target, today, existing);
            if (nominee.cccd() != null && !cccds.add(nominee.cccd())) {
                throw Refusal.invalid("nominees[" + i + "].cccd",
                        "Số CCCD " + nominee.cccd() + " bị trùng trong danh sách đề nghị");
            }
            if (nominee.id() != null && !ids.add(nominee.id())) {
                throw Refusal.invalid("nominees[" + i + "].id", "Người, tập thể này có hai lần trong danh sách");
            }
            nominees.add(nominee);
        }
        return new DossierContent(unitCode, awardCode, year, request.periodFrom(), request.periodTo(),
                Boolean.TRUE.equals(request.oneOff()), InputFields.line("movement", "Tên phong trào", request.movement()),
                InputFields.text("summary", "Tóm tắt thành tích", request.summary()),
                List.copyOf(nominees));
    }

    private static Nominee nominee(NomineeRequest n, int position, String path, AwardTarget awardTarget, LocalDate today,
            Map<Long, Nominee> existing) {
        boolean individual = n.kind() == NomineeKind.INDIVIDUAL;
        if (!awardTarget.accepts(n.kind())) {
            throw Refusal.invalid(path + "kind", individual
                    ? "Danh hiệu, hình thức này chỉ dành cho tập thể" : "Danh hiệu, hình thức này chỉ dành cho cá nhân");
        }
        String fullName = InputFields.line(path + "fullName", "Họ tên", n.fullName());
        if (fullName == null) {
            throw Refusal.invalid(path + "fullName", "Họ tên (hoặc tên tập thể) không được để trống");
        }
        String cccd = InputFields.line(path + "cccd", "Số CCCD", n.cccd());
        String collectiveCode = InputFields.line(path + "collectiveCode", "Mã tập thể", n.collectiveCode());
        if (individual) {
            if (cccd == null) {
                throw Refusal.invalid(path + "cccd", "Chưa nhập số CCCD của " + fullName);
            }
            InputFields.date(path + "birthDate", "Ngày sinh", n.birthDate());
            if (n.birthDate() != null && !n.birthDate().isBefore(today)) {
                throw Refusal.invalid(path + "birthDate", "Ngày sinh phải trước ngày hôm nay");
            }
        } else {
            if (collectiveCode == null) {
                throw Refusal.invalid(path + "collectiveCode", "Chưa nhập mã tập thể " + fullName);
            }
            if (n.memberCount() == null) {
                throw Refusal.invalid(path + "memberCount", "Chưa nhập số thành viên của tập thể " + fullName);
            }
            notAboveMembers(n.ldttCount(), n.memberCount(), path + "ldttCount", "Số thành viên đạt LĐTT");
            notAboveMembers(n.cstdcsCount(), n.memberCount(), path + "cstdcsCount", "Số thành viên đạt CSTĐ cơ sở");
            notAboveMembers(n.disciplinedCount(), n.memberCount(), path + "disciplinedCount", "Số thành viên bị kỷ luật");
        }
        List<Initiative> initiatives = initiatives(n, individual, fullName, path, today,
                n.id() == null ? null : existing.get(n.id()));
        Integer initiativeCount = n.initiativeCount();
        if (!initiatives.isEmpty()) {
            if (initiativeCount != null && initiativeCount != initiatives.size()) {
                throw Refusal.invalid(path + "initiativeCount", "Số sáng kiến được công nhận (" + initiativeCount
                        + ") khác số sáng kiến, đề tài, giải pháp đã kê khai của " + fullName + " (" + initiatives.size()
                        + "): bỏ trống số này để tính theo danh sách");
            }
            initiativeCount = initiatives.size();
        }
        return new Nominee(n.id(), position, n.kind(), fullName, cccd, n.birthDate(),
                InputFields.line(path + "jobTitle", "Chức vụ", n.jobTitle()),
                Boolean.TRUE.equals(n.directWorker()), collectiveCode, Boolean.TRUE.equals(n.smallCollective()),
                n.memberCount(), n.ldttCount(), n.cstdcsCount(), n.disciplinedCount(), n.dutyRating(),
                n.excellentYears(), initiativeCount, n.monthsOfService(), Boolean.TRUE.equals(n.underDiscipline()),
                InputFields.text(path + "achievement", "Thành tích", n.achievement()), NomineeStatus.ACTIVE, null,
                initiatives);
    }

    /** The person's initiatives as sent, or those it has when an edit sends none; a collective has none. */
    private static List<Initiative> initiatives(NomineeRequest n, boolean individual, String fullName, String path,
            LocalDate today, Nominee before) {
        List<InitiativeRequest> requested = n.initiatives();
        if (requested == null) {
            return individual && before != null && before.isIndividual() ? before.initiatives() : List.of();
        }
        if (!individual && !requested.isEmpty()) {
            throw Refusal.invalid(path + "initiatives", "Chỉ cá nhân mới kê khai sáng kiến, đề tài, giải pháp; "
                    + "tập thể " + fullName + " không có mục này");
        }
        if (requested.size() > NomineeRequest.MAX_INITIATIVES) {
            throw Refusal.invalid(path + "initiatives", "Một người kê khai tối đa " + NomineeRequest.MAX_INITIATIVES
                    + " sáng kiến, đề tài, giải pháp");
        }
        List<Initiative> initiatives = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            InitiativeRequest r = requested.get(i);
            String at = path + "initiatives[" + i + "].";
            String which = " (thứ " + (i + 1) + " của " + fullName + ")";
            if (r == null) {
                throw Refusal.invalid(path + "initiatives[" + i + "]", "Phần tử danh sách sáng kiến không được rỗng");
            }
            if (r.kind() == null) {
                throw Refusal.invalid(at + "kind", "Chưa chọn loại: sáng kiến, đề tài khoa học hay giải pháp" + which);
            }
            String title = InputFields.line(at + "title", "Tên sáng kiến, đề tài, giải pháp", r.title());
            if (title == null) {
                throw Refusal.invalid(at + "title", "Chưa nhập tên sáng kiến, đề tài, giải pháp" + which);
            }
            String recognisedBy = InputFields.line(at + "recognisedBy", "Cơ quan, hội đồng công nhận", r.recognisedBy());
            if (recognisedBy == null) {
                throw Refusal.invalid(at + "recognisedBy", "Chưa nhập cơ quan, hội đồng công nhận "
                        + r.kind().word() + " \"" + title + "\"");
            }
            InputFields.date(at + "recognisedOn", "Ngày công nhận", r.recognisedOn());
            if (r.recognisedOn() == null) {
                throw Refusal.invalid(at + "recognisedOn", "Chưa nhập ngày công nhận " + r.kind().word()
                        + " \"" + title + "\"");
            }
            if (r.recognisedOn().isAfter(today)) {
                throw Refusal.invalid(at + "recognisedOn", "Ngày công nhận " + r.kind().word() + " \"" + title + "\" ("
                        + FormValues.date(r.recognisedOn()) + ") ở sau ngày hôm nay: chỉ kê khai sáng kiến, đề tài, "
                        + "giải pháp đã được công nhận");
            }
            if (r.scope() == null) {
                throw Refusal.invalid(at + "scope", "Chưa chọn phạm vi ảnh hưởng (cơ sở, cấp huyện, cấp tỉnh hay toàn quốc) của "
                        + r.kind().word() + " \"" + title + "\"");
            }
            if (!seen.add(r.kind() + " " + CleanText.fold(title))) {
                throw Refusal.invalid(at + "title", r.kind().label() + " \"" + title + "\" được kê khai hai lần cho "
                        + fullName);
            }
            initiatives.add(new Initiative(r.kind(), title, recognisedBy, r.recognisedOn(),
                    InputFields.line(at + "reference", "Số quyết định, văn bản công nhận", r.reference()), r.scope()));
        }
        return List.copyOf(initiatives);
    }

    private static void notAboveMembers(Integer count, int members, String field, String what) {
        if (count != null && count > members) {
            throw Refusal.invalid(field, what + " không được lớn hơn số thành viên (" + members + ")");
        }
    }
}
