package org.dmspilot.core.catalog;

/**
 * One statement of a dump file, with comments blanked out (versioned comments unwrapped) so that every character
 * keeps its line and column.
 *
 * @param text the statement without its delimiter
 * @param line 1-based line of the first character of {@code text}
 * @param column 1-based column of the first character of {@code text}
 * @param keyword the first word, upper case
 */
record DumpStatement(String text, int line, int column, String keyword) {
}
