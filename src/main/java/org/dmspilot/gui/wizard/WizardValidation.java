package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.DmsIamRoles;
import org.dmspilot.core.dms.DmsOptions.EndpointTls;
import org.dmspilot.core.dms.NetworkInventory;
import org.dmspilot.core.dms.TaskDocuments;
import org.dmspilot.model.MigrationTask.Backend;
import org.dmspilot.model.project.Project;

/** Checks one page's fields; the result maps a field id to what is wrong with it (empty: the page is complete). */
final class WizardValidation {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern INSTANCE_CLASS = Pattern.compile("dms\\.[a-z0-9]+\\.[a-z0-9]+");
    /** DMS accepts 5 to 6144 GB of replication instance storage. */
    static final int MIN_STORAGE_GB = 5;
    static final int MAX_STORAGE_GB = 6144;

    private WizardValidation() {
    }

    /** The facts a page's validation may use besides the choices. */
    record Context(Project project, WizardChoices choices, TaskPageModel task, NetworkInventory.Listing network,
            List<DmsIamRoles.RoleStatus> roles, List<String> regions) {
    }

    static Map<String, String> validate(WizardPage page, Context c) {
        Map<String, String> errors = new LinkedHashMap<>();
        WizardChoices ch = c.choices();
        switch (page) {
            case BACKEND -> {
                if (c.project().source() == null || c.project().target() == null) {
                    errors.put("backend", lang("wizard.error.connections"));
                }
            }
            case ACCOUNT -> {
                String region = ch.region.get().strip();
                if (region.isEmpty()) {
                    errors.put("region", lang("wizard.error.region.missing"));
                } else if (!REGION.matcher(region).matches() || (!c.regions().isEmpty()
                        && !c.regions().contains(region))) {
                    errors.put("region", lang("wizard.error.region.unknown", region));
                }
                String endpoint = ch.endpointOverride.get().strip();
                if (!endpoint.isEmpty() && !isHttpUri(endpoint)) {
                    errors.put("endpoint", lang("wizard.error.endpoint", endpoint));
                }
            }
            case IAM -> c.roles().stream().filter(r -> !r.ready()).findFirst().ifPresent(r -> {
                if (!ch.createIamRoles.get()) {
                    errors.put("roles", lang("wizard.error.role", r.roleName()));
                }
            });
            case NETWORK -> network(ch, c.network(), errors);
            case INSTANCE -> {
                if (!INSTANCE_CLASS.matcher(ch.instanceClass.get().strip()).matches()) {
                    errors.put("instanceClass", lang("wizard.error.instanceClass", ch.instanceClass.get()));
                }
                int gb = ch.storageGb.get();
                if (gb < MIN_STORAGE_GB || gb > MAX_STORAGE_GB) {
                    errors.put("storage", lang("wizard.error.storage", gb, MIN_STORAGE_GB, MAX_STORAGE_GB));
                }
                String email = ch.notifyEmail.get().strip();
                if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    errors.put("notifyEmail", lang("wizard.error.notifyEmail", email));
                }
            }
            case SERVERLESS -> serverless(ch, errors);
            case ENDPOINTS -> {
                ca("sourceCa", ch.sourceSslMode.get(), ch.sourceCaFile.get(), errors);
                ca("targetCa", ch.targetSslMode.get(), ch.targetCaFile.get(), errors);
            }
            case TASK -> {
                document("tableMappings", () -> TaskDocuments.validateTableMappings(c.task().tableMappings.get()),
                        errors);
                if (c.task().backend.get() == Backend.AWS_DMS) {
                    document("taskSettings", () -> TaskDocuments.validateTaskSettings(c.task().taskSettings.get()),
                            errors);
                }
            }
            default -> {
            }
        }
        return errors;
    }

    private static void network(WizardChoices ch, NetworkInventory.Listing network, Map<String, String> errors) {
        List<String> ids = WizardChoices.split(ch.subnets.get());
        if (ids.size() < 2) {
            errors.put("subnets", lang("wizard.error.subnets.count", ids.size()));
        } else if (network != null && network.notAllowed() == null) {
            List<NetworkInventory.Subnet> chosen = network.subnets().stream().filter(s -> ids.contains(s.id()))
                    .toList();
            Optional<String> unknown = ids.stream().filter(id -> chosen.stream().noneMatch(s -> s.id().equals(id)))
                    .findFirst();
            if (unknown.isPresent()) {
                errors.put("subnets", lang("wizard.error.subnets.unknown", unknown.get()));
            } else {
                NetworkInventory.subnetProblem(chosen).ifPresent(p -> errors.put("subnets", p));
            }
        }
        securityGroups(ch, errors);
    }

    /** Capacity units DMS accepts, min not above max; security groups as on the network page. */
    private static void serverless(WizardChoices ch, Map<String, String> errors) {
        java.util.List<Integer> units = org.dmspilot.core.dms.DmsOptions.ServerlessCapacity.UNITS;
        if (!units.contains(ch.minCapacity.get())) {
            errors.put("minCapacity", lang("wizard.error.capacity", ch.minCapacity.get(), units));
        }
        if (!units.contains(ch.maxCapacity.get())) {
            errors.put("maxCapacity", lang("wizard.error.capacity", ch.maxCapacity.get(), units));
        } else if (ch.minCapacity.get() > ch.maxCapacity.get()) {
            errors.put("maxCapacity", lang("wizard.error.capacity.order", ch.minCapacity.get(),
                    ch.maxCapacity.get()));
        }
        securityGroups(ch, errors);
    }

    private static void securityGroups(WizardChoices ch, Map<String, String> errors) {
        WizardChoices.split(ch.securityGroups.get()).stream().filter(g -> !g.startsWith("sg-")).findFirst()
                .ifPresent(g -> errors.put("securityGroups", lang("wizard.error.securityGroup", g)));
    }

    private static void ca(String field, String mode, String file, Map<String, String> errors) {
        if (!EndpointTls.MODES.contains(mode)) {
            errors.put(field, lang("wizard.error.sslMode", mode));
        } else if (new EndpointTls(mode, null).verifies()) {
            if (file == null || file.isBlank()) {
                errors.put(field, lang("wizard.error.ca.missing", mode));
            } else if (!Files.isRegularFile(Path.of(file.strip()))) {
                errors.put(field, lang("wizard.error.ca.notFound", file));
            }
        }
    }

    private static void document(String field, Runnable check, Map<String, String> errors) {
        try {
            check.run();
        } catch (DmsPilotException e) {
            errors.put(field, e.getMessage());
        }
    }

    private static boolean isHttpUri(String text) {
        try {
            URI uri = URI.create(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
