package org.dmspilot.core.cutover;

/**
 * One line of the cutover checklist.
 *
 * @param evidence the measurements behind the state, for the user
 */
public record ChecklistItem(String id, String title, CheckState state, String evidence) {
}
