package vn.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Vietnamese locale files for Camunda's webapps against the English ones shipped in the Camunda webjar:
 * same keys, same placeholders, real translations, and a config.js of ours that offers {@code vi}.
 */
class WebappLocalesTest {

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

    /** Interpolations, ng-pluralize's count, moment's %s/%d, HTML entities and the HTML tags the texts use. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^}]*}}|\\{}|%[sd]|&[a-z]+;|</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");

    /** English texts that stay as they are in Vietnamese: product names, technical tokens, symbols. */
    private static final Set<String> KEPT_AS_IS = Set.of("Camunda", "Cockpit", "Tasklist", "Camunda Cockpit",
            "Optimize", "ID", "ID*", "CSV", "JSON", "null", "<null>", "<undefined>", "YYYY-MM-DDTHH:mm:ss");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void vietnameseHasExactlyTheEnglishKeys(String app) throws IOException {
        Map<String, JsonNode> english = leaves(readJson(app + "/locales/en.json"));
        Map<String, JsonNode> vietnamese = leaves(readJson(app + "/locales/vi.json"));

        assertThat(english).hasSizeGreaterThan(100);
        assertThat(vietnamese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, value) -> assertThat(vietnamese.get(key).getNodeType())
                .as(key).isEqualTo(value.getNodeType()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void everyTextIsTranslatedAndKeepsItsPlaceholders(String app) throws IOException {
        Map<String, JsonNode> english = leaves(readJson(app + "/locales/en.json"));
        Map<String, JsonNode> vietnamese = leaves(readJson(app + "/locales/vi.json"));

        List<String> failures = new ArrayList<>();
        english.forEach((key, enNode) -> {
            JsonNode viNode = vietnamese.get(key);
            if (enNode.isTextual() && viNode != null && viNode.isTextual()) {
                checkText(key, enNode.asText(), viNode.asText(), failures);
            }
        });
        assertThat(failures).as(app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit"})
    void vietnameseDatesAreDayMonthYear(String app) throws IOException {
        JsonNode formats = readJson(app + "/locales/vi.json").path("dateLocales").path("longDateFormat");

        assertThat(formats.path("L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(List.of("LL", "LLL", "LLLL")).allSatisfy(format ->
                assertThat(formats.path(format).asText()).as(format).contains("DD/MM/YYYY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void ourConfigOffersVietnameseAndShadowsTheWebjars(String app) throws IOException {
        String path = APP_ROOT + app + "/scripts/config.js";
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources(path));

        assertThat(copies).as("ours and the webjar's").hasSizeGreaterThanOrEqualTo(2);
        assertThat(copies.get(0).getProtocol()).as("ours comes first").isEqualTo("file");
        assertThat(copies.get(1).getProtocol()).isEqualTo("jar");

        String config = withoutComments(read(copies.get(0)));
        assertThat(listAfter(config, "availableLocales")).containsExactly("vi", "en");
        // The fallback is the chosen locale itself: English for English browsers, Vietnamese for all others.
        assertThat(config).containsPattern("fallbackLocale:\\s*locale\\b")
                .containsPattern("locale = firstLanguage === 'en' \\? 'en' : 'vi'");
    }

    @Test
    void tasklistShowsDatesAsDayMonthYear() throws IOException {
        String config = withoutComments(read(getClass().getClassLoader()
                .getResource(APP_ROOT + "tasklist/scripts/config.js")));

        assertThat(List.of("abbr", "normal", "long", "short")).allSatisfy(format ->
                assertThat(valueAfter(config, format)).as(format).contains("DD/MM/YYYY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit"})
    void customScriptsAreConfiguredAndOnTheClasspath(String app) throws IOException {
        String config = withoutComments(read(getClass().getClassLoader()
                .getResource(APP_ROOT + app + "/scripts/config.js")));

        List<String> scripts = listAfter(config, "customScripts");
        assertThat(scripts).anyMatch(s -> s.endsWith("angular-locale-vi"));
        assertThat(scripts).allSatisfy(name -> {
            String script = URI.create("http://x/" + APP_ROOT + app + "/" + name + ".js")
                    .normalize().getPath().substring(1);
            assertThat(getClass().getClassLoader().getResource(script)).as(script).isNotNull();
        });
    }

    private static void checkText(String key, String en, String vi, List<String> failures) {
        if (!Normalizer.isNormalized(vi, Normalizer.Form.NFC)) {
            failures.add(key + ": not NFC");
        }
        // A bare English plural suffix ("instance" + "s") has no Vietnamese counterpart.
        if (vi.isBlank() && !en.equals("s")) {
            failures.add(key + ": empty");
        }
        if (!placeholders(vi).equals(placeholders(en))) {
            failures.add(key + ": placeholders " + placeholders(en) + " became " + placeholders(vi));
        }
        boolean datePattern = key.startsWith("dateLocales.longDateFormat.") || key.startsWith("dateLocales.calendar.");
        if (vi.equals(en) && !datePattern && en.chars().anyMatch(Character::isLetter) && !KEPT_AS_IS.contains(en)) {
            failures.add(key + ": not translated: " + en);
        }
        if (key.startsWith("dateLocales.calendar.") && !momentTokens(vi).equals(momentTokens(en))) {
            failures.add(key + ": moment tokens " + momentTokens(en) + " became " + momentTokens(vi));
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    /** The format tokens of a moment.js calendar pattern: everything outside [literal text]. */
    private static List<String> momentTokens(String pattern) {
        List<String> tokens = new ArrayList<>(List.of(pattern.replaceAll("\\[[^]]*]", " ").trim().split("[\\s,]+")));
        Collections.sort(tokens);
        return tokens;
    }

    private JsonNode readJson(String pathUnderApps) throws IOException {
        URL url = getClass().getClassLoader().getResource(APP_ROOT + pathUnderApps);
        assertThat(url).as(pathUnderApps + " on the classpath").isNotNull();
        return json.readTree(read(url).replace("\uFEFF", ""));
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect("", root, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static String withoutComments(String script) {
        return script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static List<String> listAfter(String script, String property) {
        Matcher matcher = Pattern.compile(property + "\\s*:\\s*\\[([^]]*)]").matcher(script);
        assertThat(matcher.find()).as(property).isTrue();
        List<String> values = new ArrayList<>();
        for (String item : matcher.group(1).split(",")) {
            values.add(item.trim().replaceAll("^['\"]|['\"]$", ""));
        }
        return values;
    }

    private static String valueAfter(String script, String property) {
        Matcher matcher = Pattern.compile("\\b" + property + "\\s*:\\s*['\"]([^'\"]*)['\"]").matcher(script);
        assertThat(matcher.find()).as(property).isTrue();
        return matcher.group(1);
    }
}
