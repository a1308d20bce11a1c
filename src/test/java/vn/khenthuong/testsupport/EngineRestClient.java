package vn.khenthuong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Camunda's REST API ({@code /engine-rest}) with HTTP Basic as one user, the way Tasklist or an
 * integration works a task: find it by the dossier's code, claim it, complete it with the form's
 * variables. The higher-level steps ({@link #approve}, {@link #vote}, {@link #sendBack}) check that
 * the task is the expected step and that the engine accepted every call.
 */
public final class EngineRestClient {

    /** A variable of Camunda's type {@code Json}, as the council form sends the ballot. */
    record Json(String value) {
    }

    private final TestRestTemplate rest;

    public EngineRestClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        String payload = body == null ? null : DossierApiClient.JSON.valueToTree(body).toString();
        return rest.withBasicAuth(user, TestAccounts.PASSWORD)
                .exchange("/engine-rest" + path, method, new HttpEntity<>(payload, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String user, String path) {
        return send(user, HttpMethod.GET, path, null);
    }

    public ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return send(user, HttpMethod.POST, path, body);
    }

    /** The tasks of the dossier that the user may see. */
    public List<JsonNode> tasks(String user, String dossierCode) {
        ResponseEntity<JsonNode> answer = get(user, "/task?processInstanceBusinessKey=" + dossierCode);
        assertThat(answer.getStatusCode().value()).as("task list of %s: %s", user, answer.getBody()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        answer.getBody().forEach(tasks::add);
        return tasks;
    }

    /** The one open task of the dossier the user sees, which must be the given step. */
    public JsonNode task(String user, String dossierCode, String step) {
        List<JsonNode> tasks = tasks(user, dossierCode);
        assertThat(tasks).as("tasks of %s for %s", user, dossierCode).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(step);
        return tasks.get(0);
    }

    public ResponseEntity<JsonNode> claim(String user, String taskId) {
        return post(user, "/task/" + taskId + "/claim", Map.of("userId", user));
    }

    public ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) {
        return post(user, "/task/" + taskId + "/complete", Map.of("variables", typed(variables)));
    }

    /** The user claims the dossier's task at {@code step} and completes it with the variables; returns its id. */
    public String work(String user, String dossierCode, String step, Map<String, Object> variables) {
        String taskId = task(user, dossierCode, step).get("id").asText();
        ResponseEntity<JsonNode> claimed = claim(user, taskId);
        assertThat(claimed.getStatusCode().value()).as("claim by %s: %s", user, claimed.getBody()).isEqualTo(204);
        ResponseEntity<JsonNode> completed = complete(user, taskId, variables);
        assertThat(completed.getStatusCode().value()).as("complete by %s: %s", user, completed.getBody()).isEqualTo(204);
        return taskId;
    }

    public void approve(String user, String dossierCode, String step) {
        work(user, dossierCode, step, Map.of("outcome", "APPROVE"));
    }

    /** RETURN for supplementing, with the comment the unit will read. */
    public void sendBack(String user, String dossierCode, String step, String comment) {
        work(user, dossierCode, step, Map.of("outcome", "RETURN", "comment", comment));
    }

    /**
     * The council secretary reads the ballot sheet the task offers (one line per nominee still in the
     * dossier), writes the votes in favour after each name, as in Tasklist, and approves.
     */
    public void vote(String user, String dossierCode, String step, int membersTotal, int membersPresent,
            Map<String, Integer> inFavourByName) {
        JsonNode task = task(user, dossierCode, step);
        String sheet = sheet(user, task.get("id").asText());
        StringBuilder filled = new StringBuilder();
        for (String line : sheet.split("\n")) {
            String name = line.substring(0, line.indexOf(" (mã ")).strip();
            assertThat(inFavourByName).as("ballot line %s", line).containsKey(name);
            filled.append(line).append(inFavourByName.get(name)).append('\n');
        }
        assertThat(sheet.split("\n")).hasSize(inFavourByName.size());
        work(user, dossierCode, step, Map.of("outcome", "APPROVE", "membersTotal", membersTotal,
                "membersPresent", membersPresent, "votesText", filled.toString()));
    }

    /** The ballot sheet of a council task as rows of nominee name and id. */
    public ArrayNode ballot(String user, String taskId) {
        ArrayNode rows = DossierApiClient.JSON.createArrayNode();
        for (String line : sheet(user, taskId).split("\n")) {
            ObjectNode row = rows.addObject();
            row.put("name", line.substring(0, line.indexOf(" (mã ")).strip());
            row.put("nomineeId", Long.parseLong(line.replaceAll(".*\\(mã (\\d+)\\).*", "$1")));
        }
        return rows;
    }

    private String sheet(String user, String taskId) {
        ResponseEntity<JsonNode> sheet = get(user, "/task/" + taskId + "/variables/votesText");
        assertThat(sheet.getStatusCode().value()).as("ballot: %s", sheet.getBody()).isEqualTo(200);
        return sheet.getBody().get("value").asText();
    }

    /** Camunda's REST form of variables: {@code {"name": {"value": ..., "type": ...}}}. */
    public static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value instanceof Json json) {
                typed.put(name, Map.of("value", json.value(), "type", "Json"));
            } else if (value instanceof Integer i) {
                typed.put(name, Map.of("value", i, "type", "Integer"));
            } else if (value instanceof Long l) {
                typed.put(name, Map.of("value", l, "type", "Long"));
            } else {
                typed.put(name, Map.of("value", String.valueOf(value), "type", "String"));
            }
        });
        return typed;
    }
}
