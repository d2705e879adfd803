package org.dmspilot.core.report;

/** One source object the assessment counts: its qualified name, category and source lines. */
record SourceObject(String name, ObjectCategory category, long linesOfCode) {
}
