package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;

class ReviewStepTest {

    @Test
    void supplementTaskBelongsToTheStepThatReturnedTheDossier() {
        assertThat(ReviewStep.ofTask("supplementProvinceCouncil")).contains(ReviewStep.PROVINCE_COUNCIL);
        assertThat(ReviewStep.ofTask("districtCheck")).contains(ReviewStep.DISTRICT_CHECK);
        assertThat(ReviewStep.ofTask("approveDossier")).isEmpty();
    }

    @Test
    void anOverdueStepIsToldToTheChairmanAboveOrTheProvincialBoard() {
        for (ReviewStep step : ReviewStep.values()) {
            assertThat(step.supervisorRole()).isIn(OrgRole.CHAIRMAN, OrgRole.REVIEWER);
            assertThat(step.supervisorLevel().ordinal()).isGreaterThanOrEqualTo(step.level().ordinal());
        }
        assertThat(ReviewStep.DISTRICT_CHAIRMAN.supervisorLevel()).isEqualTo(OrgLevel.PROVINCE);
    }
}
