package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import vn.khenthuong.award.NomineeKind;

class DraftFormTest {

    @Test
    void theTickedBoxesBecomeTheServicesRequest() {
        DraftForm form = new DraftForm();
        form.setBody("tpcb");
        form.setAward("LDTT");
        form.setNomineeIds(List.of("12", " 7 ", "12", ""));
        form.setAchievement("đã có thành tích xuất sắc");
        form.setProposalRef("  ");

        BindingResult errors = errors(form);
        DecisionDrafts.DraftRequest request = form.toRequest(errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(request.issuingBody()).isEqualTo("tpcb");
        assertThat(request.awardCode()).isEqualTo("LDTT");
        assertThat(request.nomineeIds()).as("in the order ticked, once each").containsExactly(12L, 7L);
        assertThat(request.achievement()).isEqualTo("đã có thành tích xuất sắc");
        assertThat(request.proposalRef()).as("blank is no proposal").isNull();
        assertThat(form.isChosen(7)).isTrue();
        assertThat(form.isChosen(8)).isFalse();
    }

    @Test
    void nobodyTickedAndNoWordingAreBothShownAtOnce() {
        DraftForm form = new DraftForm();
        form.setAchievement(" \n");

        BindingResult errors = errors(form);
        form.toRequest(errors);

        assertThat(errors.getFieldError("nomineeIds").getDefaultMessage())
                .isEqualTo("Chọn ít nhất một người (tập thể) được đề nghị");
        assertThat(errors.getFieldError("achievement").getDefaultMessage())
                .isEqualTo("Ghi thành tích được khen thưởng (nội dung Điều 1)");
        assertThat(errors.getFieldValue("achievement")).as("what was typed stays in the form").isEqualTo(" \n");
    }

    @Test
    void anIdThatIsNotANumberAndTooLongTextsAreRejectedOnTheirFields() {
        DraftForm form = new DraftForm();
        form.setNomineeIds(List.of("12", "mười ba"));
        form.setAchievement("x".repeat(2001));
        form.setProposalRef("Tờ trình ".repeat(40));

        BindingResult errors = errors(form);
        form.toRequest(errors);

        assertThat(errors.getFieldError("nomineeIds").getDefaultMessage())
                .isEqualTo("Danh sách người được chọn không hợp lệ, hãy tải lại trang");
        assertThat(errors.getFieldError("achievement").getDefaultMessage()).isEqualTo("Nội dung thành tích dài quá 2.000 ký tự");
        assertThat(errors.getFieldError("proposalRef").getDefaultMessage()).isEqualTo("Số, ngày tờ trình dài quá 300 ký tự");
    }

    @Test
    void aNewDraftTicksEveryoneWaitingAndAReturnedOneItsRecipients() {
        AwardDecision.Recipient hanh = recipient(3, "Bế Thị Hạnh");
        AwardDecision.Recipient khai = recipient(4, "Ma Văn Khải");

        DraftForm fresh = DraftForm.choosingAll("tpcb", "LDTT", List.of(hanh, khai));
        assertThat(fresh.getNomineeIds()).containsExactly("3", "4");
        assertThat(fresh.getAchievement()).isNull();

        AwardDecision returned = new AwardDecision(9, "tpcb", "LDTT", "đã có thành tích", "Tờ trình số 1",
                DecisionStatus.RETURNED, "Bớt một người", null, "noivu.tpcb", null, null, null, null, null, null, null,
                null, null, List.of(khai));
        DraftForm revising = DraftForm.of(returned);
        assertThat(revising.isChosen(4)).isTrue();
        assertThat(revising.isChosen(3)).isFalse();
        assertThat(revising.getAchievement()).isEqualTo("đã có thành tích");
        assertThat(revising.getProposalRef()).isEqualTo("Tờ trình số 1");
    }

    @Test
    void theServicesFieldNamesLandOnTheFormsFields() {
        assertThat(DraftForm.formField("nomineeIds")).isEqualTo("nomineeIds");
        assertThat(DraftForm.formField("awardCode")).isEqualTo("award");
        assertThat(DraftForm.formField("issuingBody")).isEqualTo("body");
        assertThat(DraftForm.formField("version")).as("unknown: on the whole form").isNull();
        assertThat(DraftForm.formField(null)).isNull();
    }

    static AwardDecision.Recipient recipient(long nomineeId, String name) {
        return new AwardDecision.Recipient(nomineeId, 100 + nomineeId / 10, "HS-2026-00010" + nomineeId / 10, "thhoachung",
                1, NomineeKind.INDIVIDUAL, name, "Giáo viên", "Trường Tiểu học Hòa Chung", null);
    }

    private static BindingResult errors(DraftForm form) {
        return new BeanPropertyBindingResult(form, "form");
    }
}
