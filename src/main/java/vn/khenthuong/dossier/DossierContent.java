package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.util.List;

/** The editable part of a dossier after checks and normalisation; nominees keep the id they had, if any. */
record DossierContent(String unitCode, String awardCode, int periodYear, LocalDate periodFrom, LocalDate periodTo,
        boolean oneOff, String movement, String summary, List<Nominee> nominees) {
}
