package org.dmspilot.core.catalog;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Feeds the lexer upper-case characters (the grammars' keywords are upper case) of a lexer view of the text, while
 * {@link #getText} returns the original. The view has the same length as the original; it may spell a type the
 * grammar does not know as one it knows, and the tree still shows the original text.
 */
final class CaseInsensitiveStream implements CharStream {
    private final CharStream stream;
    private final CharStream original;

    CaseInsensitiveStream(CharStream lexerView, CharStream original) {
        this.stream = lexerView;
        this.original = original;
    }

    @Override
    public String getText(Interval interval) {
        return original.getText(interval);
    }

    @Override
    public void consume() {
        stream.consume();
    }

    @Override
    public int LA(int i) {
        int c = stream.LA(i);
        return c <= 0 ? c : Character.toUpperCase(c);
    }

    @Override
    public int mark() {
        return stream.mark();
    }

    @Override
    public void release(int marker) {
        stream.release(marker);
    }

    @Override
    public int index() {
        return stream.index();
    }

    @Override
    public void seek(int index) {
        stream.seek(index);
    }

    @Override
    public int size() {
        return stream.size();
    }

    @Override
    public String getSourceName() {
        return stream.getSourceName();
    }
}
