package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.web.InputFields;

/**
 * Turns a request into clean content ({@link InputFields}: NFC, trimmed, without invisible or control
 * characters, dates in sensible years) and refuses, field by field, what Bean Validation cannot
 * express: the award must exist and suit the nominee's kind, kind-specific fields.
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
            Nominee nominee = nominee(requested.get(i), i + 1, "nominees[" + i + "].", target, today);
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

    private static Nominee nominee(NomineeRequest n, int position, String path, AwardTarget awardTarget, LocalDate today) {
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
        return new Nominee(n.id(), position, n.kind(), fullName, cccd, n.birthDate(),
                InputFields.line(path + "jobTitle", "Chức vụ", n.jobTitle()),
                Boolean.TRUE.equals(n.directWorker()), collectiveCode, Boolean.TRUE.equals(n.smallCollective()),
                n.memberCount(), n.ldttCount(), n.cstdcsCount(), n.disciplinedCount(), n.dutyRating(),
                n.excellentYears(), n.initiativeCount(), n.monthsOfService(), Boolean.TRUE.equals(n.underDiscipline()),
                InputFields.text(path + "achievement", "Thành tích", n.achievement()), NomineeStatus.ACTIVE, null);
    }

    private static void notAboveMembers(Integer count, int members, String field, String what) {
        if (count != null && count > members) {
            throw Refusal.invalid(field, what + " không được lớn hơn số thành viên (" + members + ")");
        }
    }
}
