package org.dmspilot.core.convert;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.Stage;

/** Writes a converted schema as SQL scripts that run in psql. */
public final class SqlScriptWriter {
    /** One file, one file per stage, or one file per statement. */
    public enum Layout { SINGLE, STAGES, STATEMENTS }

    private SqlScriptWriter() {
    }

    /**
     * Writes the scripts into {@code dir} and returns the files written, in the order to run them.
     *
     * @param header a comment placed at the top of each file (source, date, tool version), without comment markers
     */
    public static List<Path> write(List<ConvertedStatement> statements, Path dir, Layout layout, String header) {
        Map<Path, List<ConvertedStatement>> files = new LinkedHashMap<>();
        switch (layout) {
            case SINGLE -> files.put(dir.resolve("schema.sql"), statements);
            case STAGES -> {
                for (Stage stage : Stage.values()) {
                    List<ConvertedStatement> of = statements.stream().filter(s -> s.stage() == stage).toList();
                    if (!of.isEmpty()) {
                        files.put(dir.resolve(stage.fileStem() + ".sql"), of);
                    }
                }
            }
            case STATEMENTS -> {
                int n = 0;
                for (ConvertedStatement s : statements) {
                    n++;
                    String name = String.format("%04d-%s-%s.sql", n, s.stage().fileStem().substring(3),
                            s.object().replaceAll("[^A-Za-z0-9_.-]+", "_"));
                    files.put(dir.resolve(name), List.of(s));
                }
            }
            default -> throw new IllegalArgumentException(layout.name());
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<Path, List<ConvertedStatement>> e : files.entrySet()) {
                try (Writer w = Files.newBufferedWriter(e.getKey(), StandardCharsets.UTF_8)) {
                    w.write(script(e.getValue(), header));
                }
                written.add(e.getKey());
            }
        } catch (IOException e) {
            throw new DmsPilotException("Could not write the SQL scripts to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** The statements as one psql script, in a transaction. */
    public static String script(List<ConvertedStatement> statements, String header) {
        StringBuilder sb = new StringBuilder();
        for (String line : header.split("\n")) {
            sb.append("-- ").append(line).append('\n');
        }
        sb.append("\\set ON_ERROR_STOP on\nBEGIN;\n");
        Stage current = null;
        for (ConvertedStatement s : statements) {
            if (s.stage() != current) {
                current = s.stage();
                sb.append("\n-- ").append(current.fileStem().substring(3).replace('-', ' ')).append('\n');
            }
            sb.append('\n').append(s.sql().strip()).append(";\n");
        }
        sb.append("\nCOMMIT;\n");
        return sb.toString();
    }
}
