package org.dmspilot.gui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.connect.ConnectionTester;
import org.dmspilot.core.connect.FailureKind;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.connection.ConnectionViewModel.Status;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.SshTunnel;
import org.dmspilot.model.SshTunnel.SshAuth;
import org.dmspilot.model.TlsMode;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection panel's state and commands, without a screen, against the embedded servers. */
class ConnectionViewModelTest {
    private final SessionSecretStore secrets = new SessionSecretStore();
    private final ConnectionTester tester = new ConnectionTester();

    private ConnectionViewModel vm(ConnectionRole role) {
        return new ConnectionViewModel(role, new DirectTaskExecutor(), tester, secrets);
    }

    private static void fill(ConnectionViewModel vm, TestDatabase db, String password) {
        vm.engineProperty().set(db.engine());
        vm.hostProperty().set(db.host());
        vm.portProperty().set(String.valueOf(db.port()));
        vm.databaseProperty().set(db.database());
        vm.userProperty().set(db.user());
        vm.passwordProperty().set(password);
    }

    @Test
    void newSourceFormOffersMysqlFamilyWithDefaultsAndSaysWhatIsMissing() {
        ConnectionViewModel vm = vm(ConnectionRole.SOURCE);

        assertThat(vm.engines()).containsExactly(Engine.MYSQL, Engine.MARIADB);
        assertThat(vm.portProperty().get()).isEqualTo("3306");
        assertThat(vm.tlsModeProperty().get()).isEqualTo(TlsMode.PREFER);
        assertThat(vm.connectTimeoutProperty().get()).isEqualTo("10");
        assertThat(vm.validationMessageProperty().get()).isEqualTo("Enter the host.");
        assertThat(vm.canTestProperty().get()).isFalse();

        vm.hostProperty().set("db.example.com");
        vm.databaseProperty().set("shop");
        assertThat(vm.validationMessageProperty().get()).isEqualTo("Enter the user.");
        vm.userProperty().set("app");
        vm.portProperty().set("70000");
        assertThat(vm.validationMessageProperty().get()).isEqualTo("The port must be a number from 1 to 65535.");
        vm.portProperty().set("3307");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.canTestProperty().get()).isTrue();
    }

    @Test
    void changingEngineMovesAnUntouchedDefaultPortOnly() {
        ConnectionViewModel target = vm(ConnectionRole.TARGET);
        assertThat(target.engines()).containsExactly(Engine.POSTGRESQL, Engine.AURORA_POSTGRESQL);
        assertThat(target.portProperty().get()).isEqualTo("5432");

        ConnectionViewModel source = vm(ConnectionRole.SOURCE);
        source.portProperty().set("3307");
        source.engineProperty().set(Engine.MARIADB);
        assertThat(source.portProperty().get()).isEqualTo("3307");
    }

    @Test
    void sshFieldsAreCheckedOnlyWhenTheTunnelIsOn(@TempDir Path dir) throws Exception {
        ConnectionViewModel vm = vm(ConnectionRole.SOURCE);
        vm.hostProperty().set("10.0.0.5");
        vm.databaseProperty().set("shop");
        vm.userProperty().set("app");
        assertThat(vm.validProperty().get()).isTrue();

        vm.sshEnabledProperty().set(true);
        assertThat(vm.validationMessageProperty().get()).isEqualTo("Enter the SSH host.");
        vm.sshHostProperty().set("bastion.example.com");
        vm.sshUserProperty().set("ec2-user");
        assertThat(vm.validationMessageProperty().get()).isEqualTo("Choose the private key file for SSH.");
        assertThat(vm.sshSecretLabelProperty().get()).isEqualTo("Key passphrase");
        vm.sshAuthProperty().set(SshAuth.PASSWORD);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.sshSecretLabelProperty().get()).isEqualTo("SSH password");

        vm.tlsModeProperty().set(TlsMode.VERIFY_FULL);
        vm.caFileProperty().set(dir.resolve("missing.pem").toString());
        assertThat(vm.validationMessageProperty().get()).startsWith("The CA file ").endsWith(" does not exist.");
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----");
        vm.caFileProperty().set(ca.toString());
        assertThat(vm.toProfile()).isEqualTo(new ConnectionProfile(Engine.MYSQL, "10.0.0.5", 3306, "shop", "app",
                TlsMode.VERIFY_FULL, ca.toString(), new SshTunnel("bastion.example.com", 22, "ec2-user",
                        SshAuth.PASSWORD, null), 10));
    }

    @Test
    void testConnectionShowsTheMariaDbVersion() {
        TestDatabase db = Databases.newMariaDbDatabase("vm_ok");
        ConnectionViewModel vm = vm(ConnectionRole.SOURCE);
        fill(vm, db, db.password());

        vm.testConnection();

        assertThat(vm.statusProperty().get()).isEqualTo(Status.SUCCEEDED);
        assertThat(vm.resultHeadlineProperty().get()).isEqualTo("Connected to MariaDB 11.4.5");
        assertThat(vm.resultMessageProperty().get()).startsWith("Connected to MariaDB 11.4.5 at " + db.host());
        assertThat(vm.canTestProperty().get()).isTrue();
    }

    @Test
    void wrongPasswordShowsAuthenticationFailedWithoutThePassword() {
        TestDatabase db = Databases.newMariaDbDatabase("vm_auth");
        ConnectionViewModel vm = vm(ConnectionRole.SOURCE);
        fill(vm, db, "Wr0ng-in-the-form");

        vm.testConnection();

        assertThat(vm.statusProperty().get()).isEqualTo(Status.FAILED);
        assertThat(vm.lastResultProperty().get().failure()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(vm.resultHeadlineProperty().get()).isEqualTo("Authentication failed");
        assertThat(vm.resultMessageProperty().get()).contains(db.host() + ":" + db.port() + "/" + db.database())
                .doesNotContain("Wr0ng-in-the-form");
    }

    @Test
    void unknownPostgresDatabaseIsNamed() {
        TestDatabase db = Databases.newPostgresDatabase("vm_db");
        ConnectionViewModel vm = vm(ConnectionRole.TARGET);
        fill(vm, db, db.password());
        vm.databaseProperty().set("nowhere");

        vm.testConnection();

        assertThat(vm.resultHeadlineProperty().get()).isEqualTo("Database does not exist");
        assertThat(vm.resultMessageProperty().get()).contains("database \"nowhere\" does not exist");
    }

    @Test
    void testRunsThroughTheExecutorAndBlocksASecondTestMeanwhile() {
        List<BackgroundTask<?>> submitted = new ArrayList<>();
        TaskExecutor holding = new TaskExecutor() {
            @Override
            public <V> Cancellable execute(BackgroundTask<V> task) {
                submitted.add(task);
                return () -> { };
            }
        };
        ConnectionViewModel vm = new ConnectionViewModel(ConnectionRole.TARGET, holding, tester, secrets);
        vm.hostProperty().set("127.0.0.1");
        vm.databaseProperty().set("db");
        vm.userProperty().set("u");

        vm.testConnection();
        vm.testConnection();

        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).title()).isEqualTo("Testing the connection to 127.0.0.1:5432/db");
        assertThat(vm.statusProperty().get()).isEqualTo(Status.TESTING);
        assertThat(vm.canTestProperty().get()).isFalse();
    }

    @Test
    void loadReadsThePasswordFromTheStoreAndApplyKeepsItThere() {
        ConnectionProfile profile = new ConnectionProfile(Engine.MARIADB, "db", 3307, "shop", "app", TlsMode.REQUIRE,
                null, new SshTunnel("bastion", 2222, "ops", SshAuth.PASSWORD, null), 20);
        secrets.put(SecretKeys.database("p1", ConnectionRole.SOURCE), "stored-pw".toCharArray());
        ConnectionViewModel vm = vm(ConnectionRole.SOURCE);
        List<ConnectionProfile> applied = new ArrayList<>();
        vm.setOnApply(applied::add);

        vm.load("p1", profile);
        assertThat(vm.passwordProperty().get()).isEqualTo("stored-pw");
        assertThat(vm.sshPortProperty().get()).isEqualTo("2222");
        vm.passwordProperty().set("new-pw");
        vm.sshSecretProperty().set("ssh-pw");

        assertThat(vm.apply()).isTrue();
        assertThat(applied).containsExactly(profile);
        assertThat(secrets.get(SecretKeys.database("p1", ConnectionRole.SOURCE))).map(String::new).contains("new-pw");
        assertThat(secrets.get(SecretKeys.ssh("p1", ConnectionRole.SOURCE))).map(String::new).contains("ssh-pw");
    }
}
