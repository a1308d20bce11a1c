package vn.khenthuong.dossier;

import java.util.ArrayList;

/**
 * The rows of a list inside a page's form, which stop growing at {@code max}. The form binder adds rows
 * up to the index a request names, within its own limit for every list; an index beyond {@code max}
 * here is refused the same way (an {@link IndexOutOfBoundsException} the binder reports), so that a
 * small request cannot make the server build a thousand rows in each of a thousand rows.
 */
final class FormRows<T> extends ArrayList<T> {

    private final int max;

    FormRows(int max) {
        this.max = max;
    }

    @Override
    public boolean add(T row) {
        if (size() >= max) {
            throw new IndexOutOfBoundsException("Tối đa " + max + " dòng");
        }
        return super.add(row);
    }

    boolean full() {
        return size() >= max;
    }
}
