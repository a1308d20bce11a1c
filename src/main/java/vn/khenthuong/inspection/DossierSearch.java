package vn.khenthuong.inspection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/** The auditor's search across every dossier, with names instead of codes. Auditors only: the caller checks. */
@Service
class DossierSearch {

    /** The rows of a search and whether more dossiers matched than were returned. */
    record Result(List<SearchRow> rows, boolean truncated) {
    }

    private final DossierFinder finder;
    private final OrganisationService organisations;
    private final AwardCatalogue awards;

    DossierSearch(JdbcClient jdbc, OrganisationService organisations, AwardCatalogue awards) {
        this.finder = new DossierFinder(jdbc);
        this.organisations = organisations;
        this.awards = awards;
    }

    Result search(SearchCriteria criteria, int limit) {
        return search(criteria, null, limit);
    }

    /** A page of the result: newest first, under the dossier {@code before} when given; whether more follow. */
    Result search(SearchCriteria criteria, Long before, int limit) {
        if (!criteria.errors().isEmpty()) {
            return new Result(List.of(), false);
        }
        List<Organisation> all = organisations.all();
        Set<String> districtUnits = criteria.district() == null ? null : within(criteria.district(), all);
        List<DossierFinder.Found> found = finder.find(criteria, districtUnits, before, limit + 1);
        Map<String, String> units = all.stream().collect(Collectors.toMap(Organisation::code, Organisation::name));
        Map<String, String> awardNames = awards.all().stream().collect(Collectors.toMap(Award::code, Award::name));
        List<SearchRow> rows = found.stream().limit(limit)
                .map(f -> new SearchRow(f.id(), f.code(), units.getOrDefault(f.unitCode(), f.unitCode()),
                        awardNames.getOrDefault(f.awardCode(), f.awardCode()), f.year(), f.nominees(), f.status(),
                        f.decisionNumbers()))
                .toList();
        return new Result(rows, found.size() > limit);
    }

    List<Organisation> units() {
        return organisations.all().stream().filter(o -> o.level() == OrgLevel.UNIT).toList();
    }

    /** Districts, and communes in a province without districts: the bodies units submit to. */
    List<Organisation> districts() {
        return organisations.all().stream().filter(o -> o.level() == OrgLevel.DISTRICT).toList();
    }

    List<Award> awards() {
        return awards.all();
    }

    /** The organisation and every one below it. */
    static Set<String> within(String ancestor, List<Organisation> all) {
        Map<String, Organisation> byCode = new HashMap<>();
        all.forEach(o -> byCode.put(o.code(), o));
        Set<String> codes = new HashSet<>();
        for (Organisation org : all) {
            Set<String> seen = new HashSet<>();
            for (Organisation o = org; o != null && seen.add(o.code()); o = byCode.get(o.parentCode())) {
                if (o.code().equals(ancestor)) {
                    codes.add(org.code());
                    break;
                }
            }
        }
        return codes;
    }
}
