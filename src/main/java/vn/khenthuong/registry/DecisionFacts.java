package vn.khenthuong.registry;

import java.time.LocalDate;

/**
 * What a signed decision adds to the entries written at approval.
 *
 * @param bonusVnd      the bonus paid to the recipient, in đồng
 * @param fundingSource the fund paying it, as Điều 2 of the decision names it
 */
public record DecisionFacts(String number, LocalDate date, String decidedBy, Long bonusVnd, String fundingSource) {
}
