package vn.khenthuong.routing;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.khenthuong.organisation.OrgLevel;

/**
 * The path of one dossier: who decides its award, whether it passes a district (or commune), and the
 * candidate group of every step, derived from the organisation tree.
 */
public record Route(OrgLevel decidingLevel, String districtCode, String provinceCode, Map<String, String> groups) {

    public boolean passesDistrict() {
        return districtCode != null;
    }

    /** The process variables the BPMN reads: {@code passesDistrict}, {@code decidingLevel} and the group names. */
    public Map<String, Object> asVariables() {
        Map<String, Object> variables = new LinkedHashMap<>(groups);
        variables.put("passesDistrict", passesDistrict());
        variables.put("decidingLevel", decidingLevel.name());
        return variables;
    }
}
