package org.dmspilot.core.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Runs edits and keeps their undo and redo history. A new edit clears the redo history. Not thread-safe. */
public final class JobManager {
    private final Deque<Job> undo = new ArrayDeque<>();
    private final Deque<Job> redo = new ArrayDeque<>();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final int limit;

    public JobManager(int limit) {
        this.limit = limit;
    }

    public void execute(Job job) {
        job.execute();
        undo.push(job);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Job::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Job::description);
    }

    public void undo() {
        Job job = undo.pop();
        job.undo();
        redo.push(job);
        changed();
    }

    public void redo() {
        Job job = redo.pop();
        job.redo();
        undo.push(job);
        changed();
    }

    /** Called after every execute, undo and redo. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
