package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.Sandbox;
import org.dmspilot.core.sandbox.SandboxInfo;
import org.dmspilot.core.sandbox.SandboxStatus;
import org.dmspilot.core.sandbox.Shopwave;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real CLI path end to end: {@code dmspilot sandbox start|status|stop} in this JVM, the servers in the detached
 * daemon JVM, data in a temporary {@code dmspilot.home}, free ports. The steps share one sandbox, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOME = "dmspilot.home";
    private static final String SOURCE_PORT = "dmspilot.sandbox.sourcePort";
    private static final String TARGET_PORT = "dmspilot.sandbox.targetPort";
    private static final List<String> KEYS = List.of("host", "port", "database", "user", "password", "jdbcUrl");

    @TempDir
    static Path home;
    private static JsonNode firstStart;
    private static long firstPid;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void useTemporaryHomeAndFreePorts() {
        System.setProperty(HOME, home.toString());
        System.setProperty(SOURCE_PORT, "0");
        System.setProperty(TARGET_PORT, "0");
    }

    @AfterAll
    static void stopAndRestoreProperties() {
        try {
            Sandbox.stop(ProgressListener.NONE);
        } finally {
            System.clearProperty(HOME);
            System.clearProperty(SOURCE_PORT);
            System.clearProperty(TARGET_PORT);
        }
    }

    @Test
    @Order(1)
    void startPrintsTwoWorkingConnectionsAsJsonAndNothingElse() throws Exception {
        Run run = cli("sandbox", "start", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(1);
        firstStart = JSON.readTree(run.out());
        assertThat(iterable(firstStart.fieldNames())).containsExactly("source", "target");
        JsonNode source = firstStart.get("source");
        JsonNode target = firstStart.get("target");
        assertThat(iterable(source.fieldNames())).containsExactlyElementsOf(KEYS);
        assertThat(iterable(target.fieldNames())).containsExactlyElementsOf(KEYS);
        assertThat(source.get("jdbcUrl").asText()).isEqualTo("jdbc:mysql://127.0.0.1:" + source.get("port").asInt()
                + "/shopwave");
        assertThat(target.get("jdbcUrl").asText()).isEqualTo("jdbc:postgresql://127.0.0.1:"
                + target.get("port").asInt() + "/shopwave");
        assertThat(run.err()).contains("Starting the sandbox…", "Installing MariaDB 11.4 (first start)…");

        try (Connection c = connectSource(source); Statement s = c.createStatement()) {
            for (Map.Entry<String, Integer> table : Shopwave.ROW_COUNTS.entrySet()) {
                assertThat(single(s, "SELECT COUNT(*) FROM " + table.getKey())).as(table.getKey())
                        .isEqualTo(table.getValue().toString());
            }
            assertThat(single(s, "SELECT @@log_bin")).isEqualTo("1");
            assertThat(single(s, "SELECT @@binlog_format")).isEqualTo("ROW");
            assertThat(single(s, "SELECT @@server_id")).isEqualTo("1");
            assertThat(single(s, "SELECT VERSION()")).startsWith("11.4");
        }
        try (Connection c = connectTarget(target); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT 1")).isEqualTo("1");
            assertThat(single(s, "SELECT current_database() || ' ' || current_setting('server_version_num')"))
                    .startsWith("shopwave 16");
            assertThat(single(s, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                    .isEqualTo("0");
        }
        SandboxStatus status = Sandbox.status();
        assertThat(status.state()).isEqualTo(SandboxStatus.State.RUNNING);
        firstPid = status.pid();
        assertThat(ProcessHandle.of(firstPid)).isPresent();
        Path state = home.resolve("sandbox").resolve("state.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        assertThat(Files.readString(home.resolve("sandbox").resolve("sandbox.log")))
                .doesNotContain(source.get("password").asText(), target.get("password").asText());
    }

    @Test
    @Order(2)
    void secondStartReusesTheRunningServers() throws Exception {
        Run run = cli("sandbox", "start", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out())).isEqualTo(firstStart);
        assertThat(Sandbox.status().pid()).isEqualTo(firstPid);
        Run human = cli("sandbox", "start");
        assertThat(human.out()).contains("already running (pid " + firstPid + ")",
                firstStart.get("source").get("jdbcUrl").asText(), firstStart.get("target").get("password").asText());
    }

    @Test
    @Order(3)
    void targetRefusesAWrongPassword() {
        JsonNode target = firstStart.get("target");
        assertThatThrownBy(() -> DriverManager.getConnection(target.get("jdbcUrl").asText(), "dmspilot", "wrong"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        assertThatThrownBy(() -> DriverManager.getConnection(target.get("jdbcUrl").asText(), "postgres", ""))
                .isInstanceOf(SQLException.class);
    }

    @Test
    @Order(4)
    void statusReportsBothServersAnswering() {
        Run run = cli("sandbox", "status");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("running (pid " + firstPid)
                .contains("127.0.0.1:" + firstStart.get("source").get("port").asInt() + "  answering")
                .contains("127.0.0.1:" + firstStart.get("target").get("port").asInt() + "  answering");
    }

    @Test
    @Order(5)
    void stopStopsBothServersAndClosesThePorts() {
        Run run = cli("sandbox", "stop");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sandbox stopped.");
        assertThat(answers(firstStart.get("source").get("port").asInt())).isFalse();
        assertThat(answers(firstStart.get("target").get("port").asInt())).isFalse();
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        Run status = cli("sandbox", "status", "--json");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.out()).contains("\"state\":\"stopped\"");
        assertThat(cli("sandbox", "stop").out()).contains("not running");
    }

    @Test
    @Order(6)
    void restartKeepsDataAndPasswordsAndRecoversFromAKilledDaemon() throws Exception {
        SandboxInfo restarted = Sandbox.start(ProgressListener.NONE);
        assertThat(restarted.reused()).isFalse();
        assertThat(restarted.source().password()).isEqualTo(firstStart.get("source").get("password").asText());
        try (Connection c = connectSource(JSON.valueToTree(restarted.source())); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_log (table_name, row_id, action) VALUES ('test', 1, 'insert')");
        }

        ProcessHandle daemon = ProcessHandle.of(restarted.pid()).orElseThrow();
        daemon.destroyForcibly(); // SIGKILL: no shutdown hook, the servers are left running
        daemon.onExit().get();
        assertThat(Sandbox.status().state()).isEqualTo(SandboxStatus.State.STOPPED);
        assertThat(answers(restarted.source().port())).as("orphaned MariaDB still listening").isTrue();

        SandboxInfo recovered = Sandbox.start(ProgressListener.NONE);
        assertThat(recovered.pid()).isNotEqualTo(restarted.pid());
        try (Connection c = connectSource(JSON.valueToTree(recovered.source())); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT COUNT(*) FROM audit_log")).isEqualTo("5");
        }
        try (Connection c = connectTarget(JSON.valueToTree(recovered.target())); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT 1")).isEqualTo("1");
        }
        assertThat(Sandbox.stop(ProgressListener.NONE)).isTrue();
    }

    @Test
    @Order(7)
    void aFailedStartSaysWhyAndPointsAtTheLog() throws Exception {
        Path sandbox = home.resolve("sandbox");
        Files.move(sandbox.resolve("secrets.json"), sandbox.resolve("secrets.json.bak"));
        try {
            assertThatThrownBy(() -> Sandbox.start(ProgressListener.NONE))
                    .isInstanceOf(DmsPilotException.class)
                    .hasMessageContaining("passwords")
                    .hasMessageContaining("See the log: " + sandbox.resolve("sandbox.log"));
            assertThat(Sandbox.status().state()).isEqualTo(SandboxStatus.State.STOPPED);
        } finally {
            Files.move(sandbox.resolve("secrets.json.bak"), sandbox.resolve("secrets.json"));
        }
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DmsPilotCommand.commandLine(request -> fail("the GUI must not open"));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Connection connectSource(JsonNode source) throws SQLException {
        // the MariaDB driver takes jdbc:mysql: URLs when asked to
        return DriverManager.getConnection(source.get("jdbcUrl").asText() + "?permitMysqlScheme",
                source.get("user").asText(), source.get("password").asText());
    }

    private static Connection connectTarget(JsonNode target) throws SQLException {
        return DriverManager.getConnection(target.get("jdbcUrl").asText(), target.get("user").asText(),
                target.get("password").asText());
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
