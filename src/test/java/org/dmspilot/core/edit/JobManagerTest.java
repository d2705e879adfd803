package org.dmspilot.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobManagerTest {
    private final List<String> state = new ArrayList<>();
    private final JobManager jobs = new JobManager(2);

    private Job add(String item) {
        return new Job() {
            @Override
            public void execute() {
                state.add(item);
            }

            @Override
            public void undo() {
                state.remove(item);
            }

            @Override
            public String description() {
                return "Add " + item;
            }
        };
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        jobs.execute(add("a"));
        jobs.execute(add("b"));
        assertThat(jobs.undoDescription()).contains("Add b");
        jobs.undo();
        assertThat(state).containsExactly("a");
        assertThat(jobs.redoDescription()).contains("Add b");
        jobs.redo();
        assertThat(state).containsExactly("a", "b");
    }

    @Test
    void aNewEditClearsTheRedoHistory() {
        jobs.execute(add("a"));
        jobs.undo();
        jobs.execute(add("c"));
        assertThat(jobs.canRedo()).isFalse();
        assertThat(state).containsExactly("c");
    }

    @Test
    void historyIsCappedAndListenersHearEveryChange() {
        int[] calls = {0};
        jobs.addListener(() -> calls[0]++);
        jobs.execute(add("a"));
        jobs.execute(add("b"));
        jobs.execute(add("c"));
        jobs.undo();
        jobs.undo();
        assertThat(jobs.canUndo()).isFalse();
        assertThat(state).containsExactly("a");
        assertThat(calls[0]).isEqualTo(5);
    }
}
