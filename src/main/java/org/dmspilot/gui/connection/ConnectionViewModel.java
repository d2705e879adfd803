package org.dmspilot.gui.connection;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.connect.ConnectionTestResult;
import org.dmspilot.core.connect.ConnectionTester;
import org.dmspilot.core.connect.FailureKind;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.secrets.SecretStore;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.SshTunnel;
import org.dmspilot.model.SshTunnel.SshAuth;
import org.dmspilot.model.TlsMode;

/**
 * State, validation and commands of a connection panel (source or target). Touches no Node; the connection test
 * runs through the {@link TaskExecutor}, never on the calling thread of the UI.
 */
public final class ConnectionViewModel {
    /** Where the connection test stands. */
    public enum Status { IDLE, TESTING, SUCCEEDED, FAILED }

    private final ConnectionRole role;
    private final TaskExecutor executor;
    private final ConnectionTester tester;
    private final SecretStore secrets;
    private String projectId;
    private Consumer<ConnectionProfile> onApply = p -> { };
    private TaskExecutor.Cancellable running;

    private final ObservableList<Engine> engines;
    private final ObjectProperty<Engine> engine = new SimpleObjectProperty<>();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<TlsMode> tlsMode = new SimpleObjectProperty<>(TlsMode.PREFER);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty connectTimeout = new SimpleStringProperty(
            String.valueOf(ConnectionProfile.DEFAULT_CONNECT_TIMEOUT_SECONDS));
    private final BooleanProperty sshEnabled = new SimpleBooleanProperty();
    private final StringProperty sshHost = new SimpleStringProperty("");
    private final StringProperty sshPort = new SimpleStringProperty("22");
    private final StringProperty sshUser = new SimpleStringProperty("");
    private final ObjectProperty<SshAuth> sshAuth = new SimpleObjectProperty<>(SshAuth.KEY);
    private final StringProperty sshKeyFile = new SimpleStringProperty("");
    private final StringProperty sshSecret = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.IDLE);
    private final ReadOnlyStringWrapper resultHeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ConnectionTestResult> lastResult = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding valid = validationMessage.isEmpty();
    private final BooleanBinding canTest;
    private final BooleanBinding caFileRelevant = Bindings.createBooleanBinding(
            () -> tlsMode.get() != null && tlsMode.get().verifiesCertificate(), tlsMode);
    private final BooleanBinding sshKeyRelevant = sshEnabled.and(sshAuth.isEqualTo(SshAuth.KEY));
    private final ReadOnlyStringWrapper sshSecretLabel = new ReadOnlyStringWrapper();

    /**
     * @param secrets where passwords are read from and kept (never in the project file)
     */
    public ConnectionViewModel(ConnectionRole role, TaskExecutor executor, ConnectionTester tester,
            SecretStore secrets) {
        this.role = Objects.requireNonNull(role);
        this.executor = Objects.requireNonNull(executor);
        this.tester = Objects.requireNonNull(tester);
        this.secrets = Objects.requireNonNull(secrets);
        engines = FXCollections.observableArrayList(role == ConnectionRole.SOURCE
                ? List.of(Engine.MYSQL, Engine.MARIADB) : List.of(Engine.POSTGRESQL, Engine.AURORA_POSTGRESQL));
        engine.addListener((obs, old, now) -> {
            String current = port.get() == null ? "" : port.get().strip();
            if (now != null && (current.isEmpty() || old != null && current.equals(String.valueOf(old.defaultPort())))) {
                port.set(String.valueOf(now.defaultPort()));
            }
        });
        engine.set(engines.get(0));
        Observable[] inputs = {engine, host, port, database, user, tlsMode, caFile, connectTimeout, sshEnabled,
            sshHost, sshPort, sshUser, sshAuth, sshKeyFile};
        validationMessage.bind(Bindings.createStringBinding(() -> FormCheck.firstProblem(this), inputs));
        canTest = valid.and(status.isNotEqualTo(Status.TESTING));
        sshSecretLabel.bind(Bindings.createStringBinding(() -> sshAuth.get() == SshAuth.PASSWORD
                ? lang("connection.ssh.password") : lang("connection.ssh.passphrase"), sshAuth));
    }

    /** Driver parameters of the loaded profile (from a JDBC URL), kept as they are: the form does not show them. */
    private java.util.Map<String, String> driverParameters = java.util.Map.of();

    /** Fills the form from a project's profile (null: defaults) and the passwords kept for it. */
    public void load(String newProjectId, ConnectionProfile profile) {
        this.projectId = newProjectId;
        this.driverParameters = profile == null ? java.util.Map.of() : profile.driverParameters();
        if (profile != null) {
            engine.set(profile.engine());
            host.set(nullToEmpty(profile.host()));
            port.set(String.valueOf(profile.port()));
            database.set(nullToEmpty(profile.database()));
            user.set(nullToEmpty(profile.user()));
            tlsMode.set(profile.tlsMode());
            caFile.set(nullToEmpty(profile.caFile()));
            connectTimeout.set(String.valueOf(profile.connectTimeoutSeconds()));
            SshTunnel ssh = profile.ssh();
            sshEnabled.set(ssh != null);
            if (ssh != null) {
                sshHost.set(nullToEmpty(ssh.host()));
                sshPort.set(String.valueOf(ssh.port()));
                sshUser.set(nullToEmpty(ssh.user()));
                sshAuth.set(ssh.auth());
                sshKeyFile.set(nullToEmpty(ssh.privateKeyFile()));
            }
        }
        if (projectId != null) {
            password.set(secrets.get(SecretKeys.database(projectId, role)).map(String::new).orElse(""));
            sshSecret.set(secrets.get(SecretKeys.ssh(projectId, role)).map(String::new).orElse(""));
        }
        status.set(Status.IDLE);
        resultHeadline.set("");
        resultMessage.set("");
    }

    /** Called with the profile when the user applies the form to the project. */
    public void setOnApply(Consumer<ConnectionProfile> callback) {
        this.onApply = Objects.requireNonNull(callback);
    }

    /** The profile the form describes; call only when {@link #validProperty()} is true. */
    public ConnectionProfile toProfile() {
        SshTunnel ssh = sshEnabled.get() ? new SshTunnel(sshHost.get().strip(), FormCheck.parse(sshPort.get()), sshUser.get()
                .strip(), sshAuth.get(), blankToNull(sshKeyFile.get())) : null;
        return new ConnectionProfile(engine.get(), host.get().strip(), FormCheck.parse(port.get()), blankToNull(database.get()),
                user.get().strip(), tlsMode.get(), caFileRelevant.get() ? blankToNull(caFile.get()) : null, ssh,
                FormCheck.parse(connectTimeout.get()), driverParameters);
    }

    /** Tests the connection in the background; the result lands in the result properties. */
    public void testConnection() {
        if (!canTest.get()) {
            return;
        }
        ConnectionProfile profile = toProfile();
        char[] pw = password.get() == null ? null : password.get().toCharArray();
        char[] ssh = sshEnabled.get() && !sshSecret.get().isEmpty() ? sshSecret.get().toCharArray() : null;
        status.set(Status.TESTING);
        lastResult.set(null);
        resultHeadline.set(lang("connection.result.testing"));
        resultMessage.set(profile.engine().displayName() + " · " + profile.describe());
        TaskExecutor.Cancellable handle = executor.execute(BackgroundTask.of(
                lang("connection.job.test", profile.describe()), progress -> tester.test(profile, pw, ssh, progress))
                .onSuccess(this::show)
                .onFailure(e -> {
                    status.set(Status.FAILED);
                    resultHeadline.set(lang("connection.failure.other"));
                    resultMessage.set(e instanceof DmsPilotException ? e.getMessage() : lang("error.unexpected",
                            e.getClass().getSimpleName()));
                })
                .onCancelled(() -> {
                    status.set(Status.IDLE);
                    resultHeadline.set(lang("connection.result.cancelled"));
                    resultMessage.set("");
                })
                .onFinished(() -> {
                    wipe(pw);
                    wipe(ssh);
                    running = null;
                }));
        if (status.get() == Status.TESTING) {
            running = handle;
        }
    }

    /** Asks a running test to stop. */
    public void cancelTest() {
        TaskExecutor.Cancellable r = running;
        if (r != null) {
            r.cancel();
        }
    }

    /** Keeps the passwords in the secret store and hands the profile to the project; false when the form is invalid. */
    public boolean apply() {
        if (!valid.get()) {
            return false;
        }
        if (projectId != null) {
            keep(SecretKeys.database(projectId, role), password.get());
            keep(SecretKeys.ssh(projectId, role), sshEnabled.get() ? sshSecret.get() : "");
        }
        onApply.accept(toProfile());
        return true;
    }

    private void keep(String key, String secret) {
        if (secret == null || secret.isEmpty()) {
            secrets.delete(key);
        } else {
            char[] chars = secret.toCharArray();
            secrets.put(key, chars);
            wipe(chars);
        }
    }

    private void show(ConnectionTestResult result) {
        lastResult.set(result);
        resultMessage.set(result.message());
        if (result.success()) {
            status.set(Status.SUCCEEDED);
            resultHeadline.set(lang("connection.result.success", result.serverVersion()));
        } else {
            status.set(Status.FAILED);
            resultHeadline.set(failureHeadline(result.failure()));
        }
    }

    static String failureHeadline(FailureKind kind) {
        return switch (kind) {
            case UNKNOWN_HOST -> lang("connection.failure.unknownHost");
            case CONNECTION_REFUSED -> lang("connection.failure.refused");
            case TIMEOUT -> lang("connection.failure.timeout");
            case AUTHENTICATION_FAILED -> lang("connection.failure.authentication");
            case TLS_FAILURE -> lang("connection.failure.tls");
            case DATABASE_NOT_FOUND -> lang("connection.failure.database");
            case SSH_FAILURE -> lang("connection.failure.ssh");
            case OTHER -> lang("connection.failure.other");
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    // ---- properties ----

    public ConnectionRole role() {
        return role;
    }

    /** The engines this side may be: MySQL/MariaDB for the source, PostgreSQL/Aurora PostgreSQL for the target. */
    public ObservableList<Engine> engines() {
        return engines;
    }

    public ObjectProperty<Engine> engineProperty() {
        return engine;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<TlsMode> tlsModeProperty() {
        return tlsMode;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public StringProperty connectTimeoutProperty() {
        return connectTimeout;
    }

    public BooleanProperty sshEnabledProperty() {
        return sshEnabled;
    }

    public StringProperty sshHostProperty() {
        return sshHost;
    }

    public StringProperty sshPortProperty() {
        return sshPort;
    }

    public StringProperty sshUserProperty() {
        return sshUser;
    }

    public ObjectProperty<SshAuth> sshAuthProperty() {
        return sshAuth;
    }

    public StringProperty sshKeyFileProperty() {
        return sshKeyFile;
    }

    /** The SSH password or the key passphrase, depending on {@link #sshAuthProperty()}. */
    public StringProperty sshSecretProperty() {
        return sshSecret;
    }

    /** The label of the SSH secret field: "SSH password" or "Key passphrase". */
    public ReadOnlyStringProperty sshSecretLabelProperty() {
        return sshSecretLabel.getReadOnlyProperty();
    }

    /** The first problem of the form, empty when it is complete. */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Valid and not already testing. */
    public BooleanBinding canTestProperty() {
        return canTest;
    }

    /** Whether a CA file matters (the verify modes). */
    public BooleanBinding caFileRelevantProperty() {
        return caFileRelevant;
    }

    /** Whether the private key file matters (SSH on, key authentication). */
    public BooleanBinding sshKeyRelevantProperty() {
        return sshKeyRelevant;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Short: "Connected to MariaDB 11.4.5", "Authentication failed"... */
    public ReadOnlyStringProperty resultHeadlineProperty() {
        return resultHeadline.getReadOnlyProperty();
    }

    /** The whole message: where, what, and what to check. */
    public ReadOnlyStringProperty resultMessageProperty() {
        return resultMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionTestResult> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }
}
