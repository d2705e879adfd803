package org.dmspilot.core.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dmspilot.core.BadInputException;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.model.project.Project;

/**
 * Loads and saves {@code *.dmspilot.json} project files.
 *
 * <p>A file that is corrupt or written by a newer version is reported with a clear message and is never
 * overwritten: {@link #save} refuses to replace an existing file it could not read itself. Writes are atomic
 * (temporary file + rename), so a crash never leaves half a project. The model holds no password, so none is ever
 * written.
 */
public final class ProjectFiles {
    /** File name suffix of project files. */
    public static final String SUFFIX = ".dmspilot.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ProjectFiles() {
    }

    /** The shared JSON mapper for project data (records, java.time). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a project.
     *
     * @throws DmsPilotException naming the file (and line/column for syntax errors) when it is missing, corrupt, or
     *     of a newer format
     */
    public static Project load(Path file) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new BadInputException("Project file not found: " + file);
        } catch (JsonProcessingException e) {
            throw new BadInputException("Project file " + file + " is corrupt" + where(e.getLocation()) + ": "
                    + org.dmspilot.core.mapping.TableMappingsGrammar.plainJsonMessage(e), e);
        } catch (IOException e) {
            throw new BadInputException("Could not read project file " + file + ": " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new BadInputException("Project file " + file + " is corrupt: it does not hold a JSON object.");
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.isNumber()) {
            throw new BadInputException("Project file " + file + " is not a DMS Pilot project: no formatVersion.");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new BadInputException("Project file " + file + " has formatVersion " + version.asText()
                    + "; format versions are whole numbers (this version reads " + Project.CURRENT_FORMAT_VERSION
                    + ").");
        }
        if (version.asInt() > Project.CURRENT_FORMAT_VERSION) {
            throw new BadInputException("Project file " + file + " was written by a newer DMS Pilot (format "
                    + version.asInt() + "); this version reads format " + Project.CURRENT_FORMAT_VERSION
                    + ". Please update DMS Pilot.");
        }
        if (version.asInt() < 1) {
            throw new BadInputException("Project file " + file + " has an invalid formatVersion " + version.asInt()
                    + ".");
        }
        ProjectChecks.check(tree, file);
        try {
            return MAPPER.treeToValue(tree, Project.class);
        } catch (JsonProcessingException e) {
            throw new BadInputException("Project file " + file + " is corrupt: " + ProjectChecks.describe(e), e);
        }
    }

    /**
     * Writes a project atomically. An existing file at {@code file} is replaced only if it is itself a project this
     * version can read, so a corrupt or newer file is never lost.
     */
    public static void save(Project project, Path file) {
        if (Files.exists(file)) {
            try {
                load(file);
            } catch (DmsPilotException e) {
                throw new DmsPilotException("Not saving over " + file + ": " + e.getMessage()
                        + " Choose another file name.", e);
            }
        }
        try {
            AtomicFiles.write(file, out -> MAPPER.writeValue(out, project));
        } catch (DmsPilotException e) {
            throw new DmsPilotException("Could not save the project to " + file + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
    }

    /** Whether {@code file} exists and holds a DMS Pilot project (by name, or by a formatVersion at the top). */
    public static boolean isProjectFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (file.getFileName().toString().endsWith(SUFFIX)) {
            return true;
        }
        try (var parser = MAPPER.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                if (parser.currentName().equals("formatVersion")) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException notJson) {
            return false;
        }
    }

    /** A file beside a project file, named after it: {@code shop.dmspilot.json} → {@code shop<suffix>}. */
    public static Path sideFile(Path projectFile, String suffix) {
        String name = projectFile.getFileName().toString();
        String base = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length())
                : name.replaceFirst("\\.json$", "");
        return projectFile.resolveSibling(base + suffix);
    }

    /** Adds the project suffix when the user typed a bare name. */
    public static Path withSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) ? file : file.resolveSibling(name.endsWith(".json")
                ? name.substring(0, name.length() - 5) + SUFFIX : name + SUFFIX);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
