package org.dmspilot.gui.testsupport;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.dmspilot.gui.util.DialogService;

/** A dialog service for view-model tests: answers from queues, records what was shown. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Path> dumpsToOpen = new ArrayDeque<>();
    public final Deque<String> passwords = new ArrayDeque<>();
    public int confirmations;
    /** Title and message of each confirmation asked, in order. */
    public final List<String> confirmMessages = new ArrayList<>();
    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public int saveQuestions;

    public final Deque<Integer> choiceAnswers = new ArrayDeque<>();
    public final List<String> choiceQuestions = new ArrayList<>();

    @Override
    public int choose(String title, String message, List<String> choices) {
        choiceQuestions.add(title + ": " + message + " " + choices);
        return choiceAnswers.isEmpty() ? -1 : choiceAnswers.pop();
    }

    @Override
    public SaveChoice askSave(String title, String message) {
        saveQuestions++;
        return saveAnswers.isEmpty() ? SaveChoice.DISCARD : saveAnswers.pop();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations++;
        confirmMessages.add(title + ": " + message);
        return confirmAnswers.isEmpty() || confirmAnswers.pop();
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseProjectToSave(String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseDumpFile() {
        return Optional.ofNullable(dumpsToOpen.poll());
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }
}
