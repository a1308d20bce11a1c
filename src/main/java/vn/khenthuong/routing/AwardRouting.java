package vn.khenthuong.routing;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.OrgLevel;

/** Which level decides an award, as the council's table {@code bpmn/award-routing.dmn} says. */
@Component
public class AwardRouting {

    static final String DECISION = "award-routing";

    private final DecisionService decisionService;

    public AwardRouting(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    public OrgLevel decidingLevel(String awardCode) {
        var result = decisionService.evaluateDecisionTableByKey(DECISION, Map.of("awardCode", awardCode));
        if (result.isEmpty()) {
            throw new IllegalArgumentException("Bảng tuyến trình chưa có hình thức khen thưởng " + awardCode);
        }
        String level = result.getSingleResult().<StringValue>getSingleEntryTyped().getValue();
        return OrgLevel.valueOf(level);
    }
}
