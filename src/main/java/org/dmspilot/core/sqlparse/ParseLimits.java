package org.dmspilot.core.sqlparse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

/**
 * Bounds on what one SQL text may cost the ANTLR MySQL grammar, whose prediction is exponential in directly nested
 * parentheses ({@code ((((1))))}: 20 levels 1.3 s, 30 levels over a minute) and whose memory grows ~200 bytes per
 * character. Checked before and during a parse: the text's length, the nesting depth of its parentheses, and a
 * deadline on prediction work (SLL and the LL fallback share it). The deadline is wall time backed by the thread's
 * processor time: past 3 s a parse gives up once it has also used a third of that in processor time (or at three
 * times the wall time whatever it used), so a statement that is merely waiting for a busy machine's cores, or for a
 * cold parser, is not called "too complex". Over a limit, {@link Exceeded} says which one; the
 * callers turn it into an error naming the file and line, or an action item for a routine or view.
 */
public final class ParseLimits {
    /** Longest text parsed (characters): 1 MiB, a few hundred MB of parser memory at most. */
    public static final int MAX_CHARS = 1 << 20;
    /** Deepest parenthesis nesting parsed. */
    public static final int MAX_NESTING = 64;
    /** Parse time allowed per text, overridable with the system property {@code dmspilot.parse.millis}. */
    static final long DEFAULT_MILLIS = 3_000;

    private ParseLimits() {
    }

    /** A text over one of the limits; the message says which, in the user's terms. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported();

    /**
     * When a parse started in this thread gives up: past {@code wallNanos}, once its processor time also passed
     * {@code cpuNanos} (where the JVM can read it), and past {@code hardWallNanos} in any case. Only the thread that
     * made it may check it.
     */
    public record Deadline(long wallNanos, long cpuNanos, long hardWallNanos) {
        boolean passed() {
            long now = System.nanoTime();
            if (now <= wallNanos) {
                return false;
            }
            return now > hardWallNanos || !CPU_CLOCK || THREADS.getCurrentThreadCpuTime() > cpuNanos;
        }
    }

    /** The deadline of a parse starting now in this thread. */
    public static Deadline deadline() {
        long limit = Long.getLong("dmspilot.parse.millis", DEFAULT_MILLIS) * 1_000_000L;
        long now = System.nanoTime();
        long cpu = CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : 0;
        return new Deadline(now + limit, cpu + limit / 3, now + 3 * limit);
    }

    /** @throws Exceeded when {@code text} is longer than {@link #MAX_CHARS} */
    public static void checkLength(String text) {
        if (text.length() > MAX_CHARS) {
            throw new Exceeded("too large to parse: " + text.length() / 1024 + " KiB, the limit is "
                    + MAX_CHARS / 1024 + " KiB");
        }
    }

    /**
     * @param tokens the text's tokens on the parser's channel
     * @throws Exceeded when parentheses nest deeper than {@link #MAX_NESTING}
     */
    public static void checkNesting(List<? extends Token> tokens) {
        int depth = 0;
        int deepest = 0;
        for (Token t : tokens) {
            String text = t.getText();
            if ("(".equals(text)) {
                deepest = Math.max(deepest, ++depth);
            } else if (")".equals(text)) {
                depth--;
            }
        }
        if (deepest > MAX_NESTING) {
            throw new Exceeded("too complex to parse: parentheses nested " + deepest + " deep, the limit is "
                    + MAX_NESTING);
        }
    }

    /** Makes {@code parser} give up with {@link Exceeded} once {@code deadline} has passed. */
    public static void limitTime(Parser parser, Deadline deadline) {
        ParserATNSimulator current = parser.getInterpreter();
        parser.setInterpreter(new DeadlineSimulator(parser, current, deadline));
    }

    /** Prediction that checks the clock at each decision and each step of lookahead. */
    private static final class DeadlineSimulator extends ParserATNSimulator {
        private final Deadline deadline;
        private int calls;

        DeadlineSimulator(Parser parser, ParserATNSimulator base, Deadline deadline) {
            super(parser, base.atn, base.decisionToDFA, base.getSharedContextCache());
            setPredictionMode(base.getPredictionMode());
            this.deadline = deadline;
        }

        private void check() {
            if (deadline.passed()) {
                throw new Exceeded("too complex to parse within "
                        + Long.getLong("dmspilot.parse.millis", DEFAULT_MILLIS) / 1000.0 + " s");
            }
        }

        @Override
        public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
            check();
            return super.adaptivePredict(input, decision, outerContext);
        }

        @Override
        protected ATNConfigSet computeReachSet(ATNConfigSet closure, int t, boolean fullCtx) {
            check();
            return super.computeReachSet(closure, t, fullCtx);
        }

        /** The exponential work happens here, inside one lookahead step: the clock is read every 1024 calls. */
        @Override
        protected void closure_(ATNConfig config, ATNConfigSet configs, java.util.Set<ATNConfig> closureBusy,
                boolean collectPredicates, boolean fullCtx, int depth, boolean treatEofAsEpsilon) {
            if ((++calls & 1023) == 0) {
                check();
            }
            super.closure_(config, configs, closureBusy, collectPredicates, fullCtx, depth, treatEofAsEpsilon);
        }
    }
}
