package vn.khenthuong.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewStepTest {

    @Test
    void supplementTaskBelongsToTheStepThatReturnedTheDossier() {
        assertThat(ReviewStep.ofTask("supplementProvinceCouncil")).contains(ReviewStep.PROVINCE_COUNCIL);
        assertThat(ReviewStep.ofTask("districtCheck")).contains(ReviewStep.DISTRICT_CHECK);
        assertThat(ReviewStep.ofTask("approveDossier")).isEmpty();
    }

    @Test
    void everyStepOfTheBpmnHasASupervisorVariableTheRoutePlannerSets() {
        for (ReviewStep step : ReviewStep.values()) {
            assertThat(step.supervisorGroupVariable()).matches("(district|province)(Reviewer|Chairman)Group");
        }
    }
}
