package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.junit.jupiter.api.Test;

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
    void serverErrorsAreRetriedBeyondTheSdksOwnAttempts() {
        f.aws.faults().inject("CreateEndpoint", AwsFault.internalError(), 4);
        f.provision(f.plan(DmsFixture.options()));
        assertThat(f.aws.dms().counts().get("endpoints")).isEqualTo(2);
    }
}
