package vn.khenthuong.routing;

import vn.khenthuong.organisation.OrgLevel;

/** The path of one dossier: who decides its award and whether it passes a district (or commune). */
public record Route(OrgLevel decidingLevel, String districtCode, String provinceCode) {

    public boolean passesDistrict() {
        return districtCode != null;
    }
}
