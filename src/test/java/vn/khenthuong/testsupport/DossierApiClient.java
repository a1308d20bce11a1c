package vn.khenthuong.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.dossier.DocumentKind;

/** The dossier API over HTTP as a given user, for the ITs. */
public final class DossierApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;

    public DossierApiClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    ResponseEntity<JsonNode> send(String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        String payload = body == null ? null : body instanceof String s ? s : JSON.valueToTree(body).toString();
        return as(user).exchange(url, method, new HttpEntity<>(payload, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String user, String url) {
        return send(user, HttpMethod.GET, url, null);
    }

    public ResponseEntity<JsonNode> post(String user, String url, Object body) {
        return send(user, HttpMethod.POST, url, body);
    }

    public ResponseEntity<JsonNode> put(String user, String url, Object body) {
        return send(user, HttpMethod.PUT, url, body);
    }

    public ResponseEntity<JsonNode> delete(String user, String url) {
        return send(user, HttpMethod.DELETE, url, null);
    }

    public ResponseEntity<JsonNode> upload(String user, long dossierId, String kind, String fileName, String declaredType,
            byte[] content) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(MediaType.parseMediaType(declaredType));
        partHeaders.setContentDisposition(ContentDisposition.formData().name("file").filename(fileName).build());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("kind", kind);
        form.add("file", new HttpEntity<>(new ByteArrayResource(content), partHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return as(user).exchange("/api/dossiers/" + dossierId + "/documents", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class);
    }

    /**
     * The same upload with a fixed Content-Length, written in one go by the JDK client: for files the
     * server refuses half-way (too large), where a streamed chunked body loses the answer.
     */
    public ResponseEntity<JsonNode> uploadFixedLength(String user, long dossierId, String kind, String fileName,
            String declaredType, byte[] content) throws IOException, InterruptedException {
        String boundary = "dossier-it-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String credentials = Base64.getEncoder().encodeToString((user + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/dossiers/" + dossierId + "/documents"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return ResponseEntity.status(response.statusCode()).body(JSON.readTree(response.body()));
    }

    public ResponseEntity<byte[]> download(String user, String url) {
        return as(user).exchange(url, HttpMethod.GET, null, byte[].class);
    }

    /** Creates a draft with one individual nominee as the user and returns it. */
    public JsonNode createDraft(String user, String awardCode) {
        ResponseEntity<JsonNode> created = post(user, "/api/dossiers", dossier(null, awardCode, individual("Nguyễn Thị Hoa")));
        if (created.getStatusCode().value() != 201) {
            throw new IllegalStateException("Tạo hồ sơ thất bại: " + created.getStatusCode() + " " + created.getBody());
        }
        return created.getBody();
    }

    /** Creates a draft as the secretary and returns it; fails unless the API accepts. */
    public JsonNode created(String secretary, ObjectNode body) {
        ResponseEntity<JsonNode> created = post(secretary, "/api/dossiers", body);
        if (created.getStatusCode().value() != 201) {
            throw new IllegalStateException("Tạo hồ sơ thất bại: " + created.getStatusCode() + " " + created.getBody());
        }
        return created.getBody();
    }

    /**
     * Asks the dossier's check what is missing and attaches one PDF for every document kind it names
     * (the kinds come from the decision table {@code required-documents}); returns the kinds attached.
     */
    public List<DocumentKind> attachMissingDocuments(String user, long dossierId) {
        List<DocumentKind> missing = new ArrayList<>();
        for (JsonNode finding : post(user, "/api/dossiers/" + dossierId + "/check", null).getBody().get("findings")) {
            if ("REQUIRED_DOCUMENTS".equals(finding.get("ruleCode").asText())) {
                String message = finding.get("message").asText();
                missing.add(Arrays.stream(DocumentKind.values()).filter(k -> message.endsWith(k.label())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Không rõ loại tài liệu: " + message)));
            }
        }
        for (DocumentKind kind : missing) {
            ResponseEntity<JsonNode> uploaded = upload(user, dossierId, kind.name(), kind.label() + ".pdf",
                    "application/pdf", Samples.pdf());
            if (uploaded.getStatusCode().value() != 201) {
                throw new IllegalStateException("Tải tài liệu thất bại: " + uploaded.getStatusCode() + " " + uploaded.getBody());
            }
        }
        return missing;
    }

    /** Submits (or resubmits) the dossier as the user and returns it; fails unless the API accepts. */
    public JsonNode submit(String user, long dossierId, Object body) {
        ResponseEntity<JsonNode> submitted = post(user, "/api/dossiers/" + dossierId + "/submit", body);
        if (submitted.getStatusCode().value() != 200) {
            throw new IllegalStateException("Trình hồ sơ thất bại: " + submitted.getStatusCode() + " " + submitted.getBody());
        }
        return submitted.getBody();
    }

    private TestRestTemplate as(String user) {
        return user == null ? rest : rest.withBasicAuth(user, TestAccounts.PASSWORD);
    }

    /** The nominee of the dossier (as the API shows it) with that name. */
    public static JsonNode nominee(JsonNode dossier, String fullName) {
        for (JsonNode n : dossier.get("nominees")) {
            if (n.get("fullName").asText().equals(fullName)) {
                return n;
            }
        }
        throw new AssertionError("Không có " + fullName + " trong hồ sơ " + dossier.get("code"));
    }

    /** The dossier (as the API shows it) has one open step, held by the candidate group. */
    public static void assertHeldBy(JsonNode dossier, String stepKey, String groupId) {
        JsonNode steps = dossier.get("currentSteps");
        if (steps.size() != 1 || !steps.get(0).get("stepKey").asText().equals(stepKey)
                || !steps.get(0).get("candidateGroups").findValuesAsText("groupId").equals(List.of(groupId))) {
            throw new AssertionError("Hồ sơ " + dossier.get("code") + " phải ở bước " + stepKey + " của nhóm " + groupId
                    + ", nhưng đang ở: " + steps);
        }
    }

    /** An individual with two consecutive years of excellent completion and two initiatives (Bằng khen tỉnh). */
    public static ObjectNode excellentWithTwoInitiatives(String fullName) {
        ObjectNode n = individual(fullName);
        n.put("dutyRating", "HTXS");
        n.put("excellentYears", 2);
        n.put("initiativeCount", 2);
        return n;
    }

    public static ObjectNode dossier(String unitCode, String awardCode, ObjectNode... nominees) {
        ObjectNode d = JSON.createObjectNode();
        if (unitCode != null) {
            d.put("unitCode", unitCode);
        }
        d.put("awardCode", awardCode);
        d.put("periodYear", 2025);
        d.put("periodFrom", "2024-09-01");
        d.put("periodTo", "2025-08-31");
        d.put("oneOff", false);
        d.put("movement", "Dạy tốt, học tốt");
        d.put("summary", "Năm học 2024-2025 hoàn thành xuất sắc nhiệm vụ.");
        ArrayNode list = d.putArray("nominees");
        for (ObjectNode n : nominees) {
            list.add(n);
        }
        return d;
    }

    public static ObjectNode individual(String fullName) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", "INDIVIDUAL");
        n.put("fullName", fullName);
        n.put("cccd", randomCccd());
        n.put("birthDate", "1985-03-12");
        n.put("jobTitle", "Giáo viên");
        n.put("directWorker", true);
        n.put("dutyRating", "HTXS");
        n.put("excellentYears", 2);
        n.put("initiativeCount", 1);
        n.put("monthsOfService", 12);
        n.put("achievement", "Sáng kiến được công nhận cấp cơ sở.");
        return n;
    }

    /** A recognised initiative as the API takes it; {@code reference} may be null. */
    public static ObjectNode initiative(String kind, String title, String recognisedBy, String recognisedOn, String reference,
            String scope) {
        ObjectNode i = JSON.createObjectNode();
        i.put("kind", kind);
        i.put("title", title);
        i.put("recognisedBy", recognisedBy);
        i.put("recognisedOn", recognisedOn);
        if (reference != null) {
            i.put("reference", reference);
        }
        i.put("scope", scope);
        return i;
    }

    /** An individual with a solution the province recognised (Chiến sĩ thi đua cấp tỉnh), its count left to the list. */
    public static ObjectNode withProvincialInitiative(String fullName) {
        ObjectNode n = individual(fullName);
        n.remove("initiativeCount");
        n.putArray("initiatives").add(initiative("GIAI_PHAP", "Dạy tiếng Việt cho học sinh lớp 1 qua trò chơi dân gian",
                "Hội đồng sáng kiến tỉnh Cao Bằng", "2025-10-15", "1520/QĐ-UBND", "PROVINCE"));
        return n;
    }

    public static ObjectNode collective(String name, String code) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", "COLLECTIVE");
        n.put("fullName", name);
        n.put("collectiveCode", code);
        n.put("memberCount", 12);
        n.put("ldttCount", 10);
        n.put("cstdcsCount", 2);
        n.put("disciplinedCount", 0);
        n.put("dutyRating", "HTXS");
        return n;
    }

    public static String randomCccd() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
    }
}
