package org.dmspilot.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.dmspilot.core.BadInputException;

/** Checks of a project file's fields that the model would otherwise accept silently, in the user's terms. */
final class ProjectChecks {
    private ProjectChecks() {
    }

    /** @throws BadInputException naming the file and the field */
    static void check(JsonNode tree, Path file) {
        JsonNode id = tree.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new BadInputException("Project file " + file + ": \"id\" is missing or empty; every project has"
                    + " an id (DMS Pilot writes one when it creates the project).");
        }
        for (String role : new String[] {"source", "target"}) {
            JsonNode profile = tree.get(role);
            if (profile == null || profile.isNull()) {
                continue;
            }
            JsonNode port = profile.get("port");
            if (port != null && !port.isNull() && (!port.isIntegralNumber() || port.asLong() < 1
                    || port.asLong() > 65535)) {
                throw new BadInputException("Project file " + file + ": the " + role + " port " + port.asText()
                        + " is not a number from 1 to 65535.");
            }
        }
    }

    /** A mapping error as "field a.b: what", without Jackson's class names. */
    static String describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String what = e.getOriginalMessage() == null ? "unreadable value" : e.getOriginalMessage();
        if (what.contains("Cannot deserialize") || what.contains("Cannot construct") || what.contains("`")) {
            what = "a value of the wrong kind (for example text where a number or an object belongs)";
        }
        return (field.isEmpty() ? "" : "field " + field + ": ") + what;
    }
}
