package vn.khenthuong.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.routing.AwardRouting;

/**
 * The level of every award of the catalogue, as the routing table deployed now says. Evaluating the table
 * writes decision history, so the answer is kept per deployed version of the table.
 */
@Component
class AwardLevels {

    private static final String ROUTING_TABLE = "award-routing";

    private final AwardCatalogue awards;
    private final AwardRouting routing;
    private final RepositoryService repository;
    private final Map<String, Map<String, AwardLevel>> byTableVersion = new ConcurrentHashMap<>();

    AwardLevels(AwardCatalogue awards, AwardRouting routing, RepositoryService repository) {
        this.awards = awards;
        this.routing = routing;
        this.repository = repository;
    }

    /** Award code → level, in the catalogue's order. */
    Map<String, AwardLevel> all() {
        DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(ROUTING_TABLE)
                .latestVersion().singleResult();
        return byTableVersion.computeIfAbsent(table == null ? "" : table.getId(), version -> evaluate());
    }

    private Map<String, AwardLevel> evaluate() {
        Map<String, AwardLevel> levels = new LinkedHashMap<>();
        for (Award award : awards.all()) {
            AwardLevel level;
            try {
                level = AwardLevel.of(routing.decidingLevel(award.code()).name());
            } catch (IllegalArgumentException unknown) {
                level = AwardLevel.OTHER;
            }
            levels.put(award.code(), level);
        }
        return java.util.Collections.unmodifiableMap(levels);
    }
}
