package org.dmspilot.gui.wizard;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dmspilot.core.dms.DmsOptions;
import org.dmspilot.core.dms.DmsOptions.EndpointTls;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;

/**
 * What the AWS pages ask: account and region, network, replication instance and endpoints, as properties the pages
 * bind to; {@link #options} turns them into the core's {@link DmsOptions}.
 */
public final class WizardChoices {
    /** Instance classes offered, smallest first; any other class may be typed. */
    public static final List<String> INSTANCE_CLASSES = List.of("dms.t3.micro", "dms.t3.small", "dms.t3.medium",
            "dms.t3.large", "dms.c5.large", "dms.c5.xlarge", "dms.r5.large", "dms.r5.xlarge", "dms.r6i.large",
            "dms.r6i.xlarge", "dms.r6i.2xlarge", "dms.r6i.4xlarge");
    /** Target engines DMS offers for PostgreSQL. */
    public static final List<String> TARGET_ENGINES = List.of("aurora-postgresql", "postgres");

    final StringProperty region = new SimpleStringProperty("");
    final StringProperty profile = new SimpleStringProperty("");
    final StringProperty endpointOverride = new SimpleStringProperty("");
    final StringProperty vpc = new SimpleStringProperty("");
    final StringProperty subnets = new SimpleStringProperty("");
    final StringProperty securityGroups = new SimpleStringProperty("");
    final StringProperty instanceClass = new SimpleStringProperty(DmsOptions.TRIAL_INSTANCE_CLASS);
    final IntegerProperty storageGb = new SimpleIntegerProperty(50);
    final BooleanProperty multiAz = new SimpleBooleanProperty();
    final StringProperty engineVersion = new SimpleStringProperty("");
    final BooleanProperty createIamRoles = new SimpleBooleanProperty(true);
    final BooleanProperty secretsManager = new SimpleBooleanProperty();
    final StringProperty targetEngine = new SimpleStringProperty("");
    final StringProperty sourceSslMode = new SimpleStringProperty("require");
    final StringProperty targetSslMode = new SimpleStringProperty("require");
    final StringProperty sourceCaFile = new SimpleStringProperty("");
    final StringProperty targetCaFile = new SimpleStringProperty("");
    /** DMS Serverless (a replication config) instead of a replication instance. */
    final BooleanProperty serverless = new SimpleBooleanProperty();
    final IntegerProperty minCapacity = new SimpleIntegerProperty(2);
    final IntegerProperty maxCapacity = new SimpleIntegerProperty(16);
    /** Where the task's failures and state changes are e-mailed (SNS); blank for none. */
    final StringProperty notifyEmail = new SimpleStringProperty("");

    /** Starts from the project's connections (TLS mode, CA file, target engine) and an earlier run's options. */
    void load(Project project, DmsOptions earlier) {
        follow(project.source(), sourceSslMode, sourceCaFile);
        follow(project.target(), targetSslMode, targetCaFile);
        if (project.target() != null) {
            targetEngine.set(project.target().engine() == Engine.POSTGRESQL ? "postgres" : "aurora-postgresql");
        }
        if (earlier == null) {
            return;
        }
        region.set(earlier.region());
        subnets.set(String.join(", ", earlier.subnetIds()));
        securityGroups.set(String.join(", ", earlier.securityGroupIds()));
        instanceClass.set(earlier.instanceClass());
        storageGb.set(earlier.allocatedStorageGb());
        multiAz.set(earlier.multiAz());
        engineVersion.set(earlier.engineVersion() == null ? "" : earlier.engineVersion());
        secretsManager.set(earlier.useSecretsManager());
        createIamRoles.set(earlier.createIamRoles());
        if (earlier.targetEngine() != null) {
            targetEngine.set(earlier.targetEngine());
        }
        serverless.set(earlier.onServerless());
        notifyEmail.set(earlier.notifyEmail() == null ? "" : earlier.notifyEmail());
        if (earlier.onServerless()) {
            minCapacity.set(earlier.serverless().minCapacityUnits());
            maxCapacity.set(earlier.serverless().maxCapacityUnits());
        }
        restore(earlier.sourceTls(), sourceSslMode, sourceCaFile);
        restore(earlier.targetTls(), targetSslMode, targetCaFile);
    }

    /**
     * The core options for these choices and the task page's migration type and LOB mode.
     *
     * @throws org.dmspilot.core.DmsPilotException for a serverless capacity DMS does not accept
     */
    DmsOptions options(DmsOptions.MigrationType type, DmsOptions.LobMode lobMode, int lobMaxSizeKb) {
        return instanceOptions(type, lobMode, lobMaxSizeKb).withServerless(serverless.get()
                ? new DmsOptions.ServerlessCapacity(minCapacity.get(), maxCapacity.get()) : null)
                .withNotifyEmail(serverless.get() ? null : notifyEmail.get());
    }

    private DmsOptions instanceOptions(DmsOptions.MigrationType type, DmsOptions.LobMode lobMode, int lobMaxSizeKb) {
        return new DmsOptions(region.get().strip(), split(subnets.get()), split(securityGroups.get()),
                instanceClass.get().strip(), storageGb.get(), multiAz.get(),
                engineVersion.get().isBlank() ? null : engineVersion.get().strip(), type, secretsManager.get(), true,
                lobMode, lobMaxSizeKb, createIamRoles.get(), targetEngine.get().isBlank() ? null : targetEngine.get(),
                List.of(), tls(sourceSslMode, sourceCaFile), tls(targetSslMode, targetCaFile));
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static EndpointTls tls(StringProperty mode, StringProperty caFile) {
        return new EndpointTls(mode.get(), caFile.get().isBlank() ? null : caFile.get().strip());
    }

    private static void follow(ConnectionProfile profile, StringProperty mode, StringProperty caFile) {
        if (profile == null) {
            return;
        }
        TlsMode tls = profile.tlsMode();
        mode.set(switch (tls) {
            case DISABLE -> "none";
            case PREFER, REQUIRE -> "require";
            case VERIFY_CA -> "verify-ca";
            case VERIFY_FULL -> "verify-full";
        });
        caFile.set(profile.caFile() == null ? "" : profile.caFile());
    }

    private static void restore(EndpointTls tls, StringProperty mode, StringProperty caFile) {
        if (tls != null) {
            mode.set(tls.sslMode());
            caFile.set(tls.caFile() == null ? "" : tls.caFile());
        }
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty endpointOverrideProperty() {
        return endpointOverride;
    }

    public StringProperty vpcProperty() {
        return vpc;
    }

    public StringProperty subnetsProperty() {
        return subnets;
    }

    public StringProperty securityGroupsProperty() {
        return securityGroups;
    }

    public StringProperty instanceClassProperty() {
        return instanceClass;
    }

    public IntegerProperty storageGbProperty() {
        return storageGb;
    }

    public BooleanProperty multiAzProperty() {
        return multiAz;
    }

    public StringProperty engineVersionProperty() {
        return engineVersion;
    }

    public BooleanProperty createIamRolesProperty() {
        return createIamRoles;
    }

    public BooleanProperty secretsManagerProperty() {
        return secretsManager;
    }

    public StringProperty targetEngineProperty() {
        return targetEngine;
    }

    public StringProperty sourceSslModeProperty() {
        return sourceSslMode;
    }

    public StringProperty targetSslModeProperty() {
        return targetSslMode;
    }

    public StringProperty sourceCaFileProperty() {
        return sourceCaFile;
    }

    public StringProperty targetCaFileProperty() {
        return targetCaFile;
    }

    public BooleanProperty serverlessProperty() {
        return serverless;
    }

    public IntegerProperty minCapacityProperty() {
        return minCapacity;
    }

    public StringProperty notifyEmailProperty() {
        return notifyEmail;
    }

    public IntegerProperty maxCapacityProperty() {
        return maxCapacity;
    }
}
