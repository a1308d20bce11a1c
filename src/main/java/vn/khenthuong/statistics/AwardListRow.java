package vn.khenthuong.statistics;

import java.time.LocalDate;

import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.SubjectKind;

/** One award in the list behind a figure: a registry entry with its unit's and award's names. */
record AwardListRow(long id, SubjectKind subjectKind, String name, String subjectKey, String unitName, String awardName,
        AwardLevel level, int awardYear, String decisionNumber, LocalDate decisionDate, String decidedBy,
        MeritKind meritKind, boolean smallCollective, boolean directWorker, boolean forwardedToState, Long bonusVnd,
        String fundingSource, String movement) {

    /** "7.020.000", or nothing when the bonus is not known. */
    public String bonusText() {
        return bonusVnd == null ? "" : VietnameseNumbers.count(bonusVnd);
    }
}
