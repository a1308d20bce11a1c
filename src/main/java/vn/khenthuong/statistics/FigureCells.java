package vn.khenthuong.statistics;

import java.math.BigDecimal;
import java.util.List;

/** Cells of figures in the period and the one before, each linked to the list of awards it counts. */
final class FigureCells {

    private final DrillDownLinks current;
    private final DrillDownLinks previous;

    FigureCells(DrillDownLinks current, DrillDownLinks previous) {
        this.current = current;
        this.previous = previous;
    }

    Cell now(long value, Slice slice) {
        return new Cell.Number(value, current.to(slice));
    }

    Cell before(long value, Slice slice) {
        return new Cell.Number(value, previous.to(slice));
    }

    /** Now, before, and the change in percent. */
    List<Cell> compared(Count count, Slice slice) {
        return List.of(now(count.current(), slice), before(count.previous(), slice),
                new Cell.Change(count.current(), count.previous()));
    }

    Cell shareNow(Count part, Count whole, Slice partSlice) {
        return new Cell.Share(part.current(), whole.current(), current.to(partSlice));
    }

    /** A share now, before, and the change in percentage points. */
    List<Cell> comparedShare(Count part, Count whole, Slice partSlice) {
        BigDecimal now = VietnameseNumbers.percent(part.current(), whole.current());
        BigDecimal before = VietnameseNumbers.percent(part.previous(), whole.previous());
        return List.of(shareNow(part, whole, partSlice),
                new Cell.Share(part.previous(), whole.previous(), previous.to(partSlice)), new Cell.Points(now, before));
    }

    /** Money now, before, and the change; each links to the awards that carry a bonus. */
    List<Cell> comparedMoney(Count money, Slice withBonus) {
        return List.of(new Cell.Money(money.current(), current.to(withBonus)),
                new Cell.Money(money.previous(), previous.to(withBonus)), new Cell.Change(money.current(), money.previous()));
    }

    Cell money(long value, Slice withBonus) {
        return new Cell.Money(value, current.to(withBonus));
    }
}
