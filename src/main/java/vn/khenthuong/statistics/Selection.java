package vn.khenthuong.statistics;

import vn.khenthuong.organisation.Organisation;

/** The awards a statistics page looks at: decided in a period, in an organisation's tree, optionally of one movement. */
record Selection(Period period, Organisation scope, String movement) {

    Selection withPeriod(Period other) {
        return new Selection(other, scope, movement);
    }

    Selection withMovement(String other) {
        return new Selection(period, scope, other);
    }
}
