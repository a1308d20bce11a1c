package vn.khenthuong.nomination;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/**
 * Task listener on completing a council step: the ballot per nominee (the sheet {@code votesText} of the
 * form) with the meeting's {@code membersTotal} and {@code membersPresent}. Nominees below the threshold
 * are struck on the dossier, where the next gateway counts those left.
 */
@Component
class RecordCouncilVote implements TaskListener {

    private final CouncilVoting voting;
    private final Actors actors;
    private final DossierLifecycle dossiers;

    RecordCouncilVote(CouncilVoting voting, Actors actors, DossierLifecycle dossiers) {
        this.voting = voting;
        this.actors = actors;
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!ReviewOutcome.APPROVE.name().equals(task.getVariable(ProcessVariables.OUTCOME))) {
            return;
        }
        int total = number(task.getVariable(ProcessVariables.MEMBERS_TOTAL), "Tổng số thành viên Hội đồng");
        int present = number(task.getVariable(ProcessVariables.MEMBERS_PRESENT), "Số thành viên có mặt");
        List<CouncilVote> votes = new ArrayList<>();
        Object sheet = task.getVariable(ProcessVariables.VOTES_TEXT);
        BallotSheet.read(sheet == null ? "" : sheet.toString()).forEach((nomineeId, inFavour) ->
                votes.add(new CouncilVote(nomineeId, total, present, inFavour)));
        voting.record(dossiers.idOf(task), ReviewStep.ofTaskKey(task.getTaskDefinitionKey()),
                votes, actors.of(task));
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
