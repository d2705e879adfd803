package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Caller identity, and the messages a user gets for expired sessions and missing permissions. */
class AwsAccessErrorsTest extends EmulatedAwsTest {

    @Test
    void callerIdentityNamesTheAccountAndTheUser() {
        AwsClients.CallerIdentity me = f.clients.callerIdentity();
        assertThat(me.account()).isEqualTo("123456789012");
        assertThat(me.arn()).isEqualTo("arn:aws:iam::123456789012:user/dba");
    }

    @Test
    void expiredSessionSaysToSignInAgain() {
        f.aws.faults().inject("GetCallerIdentity", new AwsFault(403, "ExpiredToken",
                "The security token included in the request is expired"), 1);
        assertThatThrownBy(() -> f.clients.callerIdentity()).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("session has expired").hasMessageContaining("aws sso login");
    }

    @Test
    void missingPermissionPointsToTheWizardPolicy() {
        f.aws.faults().inject("CreateReplicationInstance", AwsFault.accessDenied(
                "dms:CreateReplicationInstance"), 1);
        assertThatThrownBy(() -> f.provision(f.plan(DmsFixture.options()))).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("not authorized to perform: dms:CreateReplicationInstance")
                .hasMessageContaining("dmspilot dms plan --iam-policy");
    }

    @Test
    void serverErrorsAreRetriedByTheClientsStrategyAndEachRetryIsLoggedAndShown() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger retries = (Logger) LoggerFactory.getLogger(AwsRetries.class);
        logged.start();
        retries.addAppender(logged);
        try {
            f.aws.faults().inject("CreateEndpoint", AwsFault.internalError(), 4);
            f.provision(f.plan(DmsFixture.options()));
        } finally {
            retries.detachAppender(logged);
        }

        assertThat(f.aws.dms().counts().get("endpoints")).isEqualTo(2);
        assertThat(f.aws.bodies("CreateEndpoint")).as("4 refused + 2 created, all by the SDK's retries").hasSize(6);
        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage).hasSize(4)
                .allSatisfy(m -> assertThat(m).matches("Retrying creating endpoint dmspilot-\\S+ "
                        + "\\(DatabaseMigration\\.CreateEndpoint\\) \\(attempt [2-5] of 5\\) in \\d+ ms: "
                        + "InternalFailure"));
        assertThat(f.log).filteredOn(l -> l.startsWith("Retrying creating endpoint")).hasSize(4)
                .allSatisfy(l -> assertThat(l).endsWith("(InternalFailure)"));
    }

    @Test
    void aCallStillFailingAfterEveryAttemptIsOneLineNamingWhatWasDone() {
        f.aws.faults().inject("CreateEndpoint", AwsFault.internalError(), 50);
        assertThatThrownBy(() -> f.provision(f.plan(DmsFixture.options()))).isInstanceOf(DmsPilotException.class)
                .hasMessageStartingWith("AWS failed while creating endpoint dmspilot-")
                .hasMessageContaining("An internal error occurred. (InternalFailure)");
        assertThat(f.aws.bodies("CreateEndpoint")).as("Timing.fast(): 5 attempts").hasSize(5);
    }
}
