package vn.khenthuong.validation;

import java.time.LocalDate;
import java.util.List;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;

/** One family of checks. Eligibility rules read the settings in force on {@code decisionDate}. */
interface DossierRule {

    List<Finding> check(Dossier dossier, LocalDate decisionDate);
}
