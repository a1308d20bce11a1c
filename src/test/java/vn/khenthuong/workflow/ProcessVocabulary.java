package vn.khenthuong.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every variable name the processes use or ever used: identifiers in the BPMN expressions (beans a
 * variable of the same name would shadow), input parameters, the keys of every form, and the names the
 * route was once carried in. A completion that sets any of these outside its own form must be refused.
 */
public final class ProcessVocabulary {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.'\\w])([a-zA-Z_][\\w]*)");
    private static final Pattern FORM_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Set<String> EL_WORDS = Set.of("execution", "task", "true", "false", "null", "empty", "not",
            "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
    /** Where the route lived before it was derived on the server, and ids a forger would try. */
    private static final Set<String> FORMER = Set.of("dossierId", "dossierCode", "submittedBy", "decidingLevel",
            "passesDistrict", "nomineesRemaining", "nomineesAwaitingDecision", "votes", "unitSecretaryGroup",
            "districtReviewerGroup", "districtCouncilGroup", "districtChairmanGroup", "provinceReviewerGroup",
            "provinceCouncilGroup", "provinceChairmanGroup", "staffGroup", "chairmanGroup", "decisionId",
            "decisionNumber", "withdrawnBy", "withdrawReason", "overdueStep", "dossierSummary", "findingsSummary",
            "decisionSummary");

    private ProcessVocabulary() {
    }

    public static Set<String> names() {
        Set<String> names = new TreeSet<>(FORMER);
        for (Path file : files()) {
            String text = read(file);
            if (file.toString().endsWith(".form")) {
                FORM_KEY.matcher(text).results().forEach(m -> names.add(m.group(1)));
                continue;
            }
            Matcher expressions = EXPRESSION.matcher(text);
            while (expressions.find()) {
                IDENTIFIER.matcher(expressions.group(1)).results().map(m -> m.group(1))
                        .filter(id -> !EL_WORDS.contains(id)).forEach(names::add);
            }
            Matcher parameters = Pattern.compile("<camunda:inputParameter name=\"(\\w+)\"").matcher(text);
            while (parameters.find()) {
                names.add(parameters.group(1));
            }
        }
        return names;
    }

    private static Iterable<Path> files() {
        try (Stream<Path> bpmn = Files.list(Path.of("bpmn")); Stream<Path> forms = Files.list(Path.of("forms"))) {
            return Stream.concat(bpmn, forms).filter(p -> p.toString().matches(".*\\.(bpmn|form)$")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
