package vn.khenthuong.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

import vn.khenthuong.dossier.ReviewProcess;

/**
 * The BPMN a dossier's process instance runs (the version it started with, not necessarily the latest),
 * and which of its activities are done and which are open, for the diagram on the dossier page.
 */
@Service
class ProcessDiagram {

    private final RepositoryService repository;
    private final HistoryService history;

    ProcessDiagram(RepositoryService repository, HistoryService history) {
        this.repository = repository;
        this.history = history;
    }

    /** The BPMN XML of the instance's definition, or of the latest nomination process before submission. */
    String xml(String processInstanceId) {
        String definitionId = definitionId(processInstanceId);
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReviewProcess.Progress progress(String processInstanceId) {
        if (processInstanceId == null) {
            return new ReviewProcess.Progress(List.of(), List.of());
        }
        Set<String> passed = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list()) {
            (a.getEndTime() == null ? current : passed).add(a.getActivityId());
        }
        passed.removeAll(current);
        return new ReviewProcess.Progress(List.copyOf(passed), List.copyOf(current));
    }

    private String definitionId(String processInstanceId) {
        if (processInstanceId != null) {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            if (instance != null) {
                return instance.getProcessDefinitionId();
            }
        }
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(NominationProcess.KEY).latestVersion().singleResult();
        return latest.getId();
    }
}
