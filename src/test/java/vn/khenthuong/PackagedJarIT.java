package vn.khenthuong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application as it ships: {@code java -jar target/khen-thuong-*.jar} in a process of its own, with
 * the default (demo) profile on an H2 file database, as a newcomer starts it. Tasklist is served, a
 * demo reviewer signs in to the webapp and sees only the tasks of their own groups, and the data
 * survives a restart.
 */
class PackagedJarIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** What the decision table {@code required-documents} asks of a merit LĐTT dossier. */
    private static final List<String> LDTT_DOCUMENTS = List.of("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP");

    @TempDir
    Path dir;

    private Process app;
    private String base;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            app = null;
        }
    }

    @Test
    void servesTasklistToDemoReviewersWhoSeeOnlyTheirTasksAndKeepsItsDataAcrossARestart() throws Exception {
        start();

        // one sign-in: Tasklist sends whoever is not signed in to the application's sign-in page
        HttpResponse<String> tasklist = get(browser(), "/camunda/app/tasklist/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.uri().getPath()).isEqualTo("/dang-nhap");
        String inCaoBang = submitLdttDossier("thuky.hoachung", "Nông Thị Mai");
        String inTrungKhanh = submitLdttDossier("thuky.thpttk", "Hoàng Văn Phúc");

        Webapp tpcb = Webapp.signIn(base, "noivu.tpcb");
        assertThat(tpcb.tasks("?processInstanceBusinessKey=" + inCaoBang)).hasSize(1);
        assertThat(tpcb.tasks("?processInstanceBusinessKey=" + inTrungKhanh)).isEmpty();
        assertOnlyTasksOf(tpcb, "noivu.tpcb", "tpcb-thamdinh");
        String taskId = tpcb.tasks("?processInstanceBusinessKey=" + inCaoBang).get(0).get("id").asText();
        assertThat(tpcb.get("/camunda/api/engine/engine/default/task/" + taskId + "/deployed-form").get("id").asText())
                .as("the Camunda Form deployed from the jar").isEqualTo("tham-dinh-ho-so");

        HttpResponse<String> refused = tpcb.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
                "{\"variables\": {\"outcome\": {\"value\": \"RETURN\", \"type\": \"String\"}}}");
        assertThat(refused.statusCode()).as("a RETURN without its comment: %s", refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("message").asText())
                .isEqualTo("Khi trả lại hồ sơ để bổ sung, cần ghi rõ nội dung cần bổ sung");
        assertThat(tpcb.tasks("?processInstanceBusinessKey=" + inCaoBang)).extracting(t -> t.get("id").asText())
                .as("the task stays").containsExactly(taskId);

        Webapp tk = Webapp.signIn(base, "noivu.tk");
        assertThat(tk.tasks("?processInstanceBusinessKey=" + inTrungKhanh)).hasSize(1);
        assertThat(tk.tasks("?processInstanceBusinessKey=" + inCaoBang)).isEmpty();
        assertOnlyTasksOf(tk, "noivu.tk", "trungkhanh-thamdinh");

        JsonNode before = api("kiemtra", "/api/dossiers");
        stop();
        start();

        JsonNode after = api("kiemtra", "/api/dossiers");
        assertThat(after.findValuesAsText("code")).as("the same dossiers, none lost or seeded twice")
                .containsExactlyInAnyOrderElementsOf(before.findValuesAsText("code"));
        JsonNode kept = find(after, inCaoBang);
        assertThat(kept.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(Webapp.signIn(base, "noivu.tpcb").tasks("?processInstanceBusinessKey=" + inCaoBang))
                .as("the task waits where it was").hasSize(1);
    }

    /** Every task the reviewer sees belongs to one of their groups (or is theirs). */
    private static void assertOnlyTasksOf(Webapp webapp, String userId, String groupId) throws Exception {
        List<JsonNode> tasks = webapp.tasks("");
        assertThat(tasks).isNotEmpty();
        for (JsonNode task : tasks) {
            JsonNode links = webapp.get("/camunda/api/engine/engine/default/task/" + task.get("id").asText()
                    + "/identity-links");
            boolean mine = userId.equals(task.path("assignee").asText(null))
                    || links.findValuesAsText("groupId").contains(groupId);
            assertThat(mine).as("%s sees task %s (%s) held by %s", userId, task.get("id"), task.get("name"), links)
                    .isTrue();
        }
    }

    private void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        Path log = dir.resolve("app.log");
        app = new ProcessBuilder(javaCommand(), "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", packagedJar().toString(), "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("kt"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long started = System.nanoTime();
        HttpClient http = browser();
        while (!ready(http)) {
            assertThat(app.isAlive()).as("the application stopped:\n%s", tail(log)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not up after %s:\n%s", START_TIMEOUT, tail(log))
                    .isLessThan(START_TIMEOUT);
            Thread.sleep(500);
        }
        System.out.printf("PackagedJarIT: ứng dụng sẵn sàng sau %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Up once Tasklist answers and the demo data is in place (the last step of start-up). */
    private boolean ready(HttpClient http) {
        try {
            return get(http, "/camunda/app/tasklist/").statusCode() == 200
                    && send(HttpRequest.newBuilder(URI.create(base + "/api/dossiers")).header("Authorization",
                            basic("kiemtra")).GET()).statusCode() == 200
                    && Files.readString(dir.resolve("app.log"), StandardCharsets.ISO_8859_1)
                            .contains("vn.khenthuong.demo.DemoData");
        } catch (IOException e) {
            return false;
        }
    }

    /** Follows redirects, as a browser does: Tasklist sends {@code /camunda/app/tasklist/} on to its engine's page. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("khen-thuong-.*\\.jar")).toList();
            assertThat(jars).as("run after `package`: the executable jar in target/").hasSize(1);
            return jars.get(0).toAbsolutePath();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Creates an LĐTT dossier with its required documents as the secretary, submits it, returns its code. */
    private String submitLdttDossier(String secretary, String nominee) throws Exception {
        String cccd = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
        String body = """
                {"awardCode": "LDTT", "periodYear": 2025, "oneOff": false, "movement": "Dạy tốt, học tốt",
                 "nominees": [{"kind": "INDIVIDUAL", "fullName": "%s", "cccd": "%s", "birthDate": "1988-04-02",
                   "jobTitle": "Giáo viên", "directWorker": true, "dutyRating": "HTT", "monthsOfService": 12}]}"""
                .formatted(nominee, cccd);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/dossiers"))
                .header("Authorization", basic(secretary)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode dossier = JSON.readTree(created.body());
        long id = dossier.get("id").asLong();
        for (String kind : LDTT_DOCUMENTS) {
            HttpResponse<String> uploaded = upload(secretary, id, kind);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        }
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(URI.create(base + "/api/dossiers/" + id + "/submit"))
                .header("Authorization", basic(secretary)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return dossier.get("code").asText();
    }

    private HttpResponse<String> upload(String user, long dossierId, String kind) throws IOException {
        String boundary = "packaged-jar-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + kind
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(PDF);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/api/dossiers/" + dossierId + "/documents"))
                .header("Authorization", basic(user)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private JsonNode api(String user, String path) throws IOException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user)).GET());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> get(HttpClient http, String path) throws IOException {
        return send(http, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        return send(HttpClient.newHttpClient(), request);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode line : list) {
            if (line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("Không có hồ sơ " + code);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A browser's session in the Camunda webapps: signed in through the login form of Tasklist, with the
     * session cookie and the XSRF token the webapp hands out.
     */
    private static final class Webapp {

        private final String base;
        private final HttpClient http;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private String xsrfToken;

        private Webapp(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        }

        /** One sign-in: Tasklist sends the browser to our sign-in page, and back once signed in. */
        static Webapp signIn(String base, String userId) throws IOException {
            Webapp webapp = new Webapp(base);
            HttpResponse<String> page = send(webapp.http, HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")));
            assertThat(page.uri().getPath()).isEqualTo("/dang-nhap");
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(page.body());
            assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
            String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> tasklist = send(webapp.http, HttpRequest.newBuilder(URI.create(base + "/dang-nhap"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(tasklist.uri().getPath()).as("back in Tasklist").startsWith("/camunda/app/tasklist");
            assertThat(tasklist.body()).contains("<title>Camunda Tasklist</title>");
            webapp.xsrfToken = webapp.tokenOf(tasklist);
            assertThat(webapp.get("/camunda/api/admin/auth/user/default").get("userId").asText()).isEqualTo(userId);
            return webapp;
        }

        /** Camunda's CSRF protection: the token comes as a header and a cookie of a GET answer. */
        private String tokenOf(HttpResponse<?> answer) {
            return answer.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                    .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("Webapp gave no XSRF token: " + answer.headers().map())));
        }

        List<JsonNode> tasks(String query) throws IOException {
            List<JsonNode> tasks = new ArrayList<>();
            get("/camunda/api/engine/engine/default/task" + query).forEach(tasks::add);
            return tasks;
        }

        JsonNode get(String path) throws IOException {
            HttpResponse<String> answer = send(http, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json"));
            assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
            answer.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> xsrfToken = token);
            return JSON.readTree(answer.body());
        }

        /** A change, as Tasklist sends it: JSON with the XSRF token of the session. */
        HttpResponse<String> post(String path, String json) throws IOException {
            return send(http, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }
    }
}
