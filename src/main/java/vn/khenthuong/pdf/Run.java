package vn.khenthuong.pdf;

/** A piece of text in one style; a paragraph is a list of runs. */
public record Run(String text, Style style) {
}
