package vn.khenthuong.review;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.khenthuong.dossier.DossierLifecycle;

/**
 * Task listener on completing a council step: the ballot per nominee with the meeting's
 * {@code membersTotal} and {@code membersPresent} — from Tasklist as the ballot sheet text
 * {@code votesText}, from integrations as {@code votes}, a JSON list of {@code {nomineeId, inFavour}}.
 */
@Component
class RecordCouncilVote implements TaskListener {

    private final CouncilVoting voting;
    private final Actors actors;
    private final ObjectMapper json = new ObjectMapper();

    RecordCouncilVote(CouncilVoting voting, Actors actors) {
        this.voting = voting;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!ReviewOutcome.APPROVE.name().equals(task.getVariable(ProcessVariables.OUTCOME))) {
            return;
        }
        int total = number(task.getVariable(ProcessVariables.MEMBERS_TOTAL), "Tổng số thành viên Hội đồng");
        int present = number(task.getVariable(ProcessVariables.MEMBERS_PRESENT), "Số thành viên có mặt");
        List<CouncilVote> votes = new ArrayList<>();
        Object rows = task.getVariable(ProcessVariables.VOTES);
        if (rows == null) {
            Object sheet = task.getVariable(ProcessVariables.VOTES_TEXT);
            BallotSheet.read(sheet == null ? "" : sheet.toString()).forEach((nomineeId, inFavour) ->
                    votes.add(new CouncilVote(nomineeId, total, present, inFavour)));
        } else {
            for (JsonNode row : rows(rows)) {
                JsonNode inFavour = row.get("inFavour");
                if (inFavour == null || inFavour.isNull() || !inFavour.canConvertToInt()) {
                    throw new ReviewRefusedException("Chưa nhập số phiếu đồng ý cho " + row.path("name").asText("một người"));
                }
                votes.add(new CouncilVote(row.path("nomineeId").asLong(), total, present, inFavour.asInt()));
            }
        }
        int remaining = voting.record(DossierLifecycle.dossierId(task), ReviewStep.ofTaskKey(task.getTaskDefinitionKey()),
                votes, actors.of(task));
        task.getExecution().setVariable(ProcessVariables.NOMINEES_REMAINING, remaining);
    }

    private JsonNode rows(Object value) {
        try {
            JsonNode node = value == null ? json.createArrayNode()
                    : value instanceof String s ? json.readTree(s)
                    : value instanceof java.util.Collection<?> list ? json.valueToTree(list)
                    : json.readTree(value.toString()); // a Spin JSON value prints as JSON
            if (!node.isArray()) {
                throw new ReviewRefusedException("Kết quả biểu quyết không đúng định dạng");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ReviewRefusedException("Kết quả biểu quyết không đúng định dạng");
        }
    }

    private static int number(Object value, String label) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s && s.strip().matches("\\d+")) {
            return Integer.parseInt(s.strip());
        }
        throw new ReviewRefusedException("Chưa nhập " + label.toLowerCase());
    }
}
