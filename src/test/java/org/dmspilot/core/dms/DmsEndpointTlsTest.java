package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.DmsOptions.EndpointTls;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify-ca / verify-full endpoints import their CA into DMS once; the exports declare the same certificate. */
class DmsEndpointTlsTest extends EmulatedAwsTest {
    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUJ0eXhM\n-----END CERTIFICATE-----\n";
    @TempDir
    Path dir;

    private DmsOptions verifying() throws Exception {
        Path ca = Files.writeString(dir.resolve("rds-ca.pem"), PEM);
        return DmsFixture.options().withTls(new EndpointTls("verify-ca", ca.toString()),
                new EndpointTls("verify-full", ca.toString()));
    }

    @Test
    void theCaIsImportedOnceAndTheEndpointsVerifyWithIt() throws Exception {
        DmsPlan plan = f.plan(verifying());
        f.provision(plan);
        f.provision(plan);

        assertThat(f.aws.bodies("ImportCertificate")).hasSize(2);
        assertThat(f.aws.dms().certificates()).extracting(c -> c.path("CertificateIdentifier").asText())
                .containsExactly("dmspilot-3f2a9c1e-source-ca", "dmspilot-3f2a9c1e-target-ca");
        String targetCa = f.aws.dms().certificates().get(1).path("CertificateArn").asText();
        JsonNode target = f.aws.bodies("CreateEndpoint").get(1);
        assertThat(target.path("SslMode").asText()).isEqualTo("verify-full");
        assertThat(target.path("CertificateArn").asText()).isEqualTo(targetCa);
        assertThat(f.aws.bodies("CreateEndpoint").get(0).path("SslMode").asText()).isEqualTo("verify-ca");
        assertThat(f.aws.bodies("CreateEndpoint")).hasSize(2);
    }

    @Test
    void theExportsImportTheSameCertificate() throws Exception {
        DmsPlan plan = f.plan(verifying());
        JsonNode resources = new ObjectMapper().readTree(CloudFormationExport.render(plan)).path("Resources");
        assertThat(resources.path("TargetCertificate").path("Type").asText()).isEqualTo("AWS::DMS::Certificate");
        assertThat(resources.path("TargetCertificate").path("Properties").path("CertificatePem").asText())
                .isEqualTo(PEM);
        assertThat(resources.path("TargetEndpoint").path("Properties").path("CertificateArn").path("Ref").asText())
                .isEqualTo("TargetCertificate");
        assertThat(resources.path("TargetEndpoint").path("Properties").path("SslMode").asText())
                .isEqualTo("verify-full");

        String script = CliScriptExport.render(plan);
        assertThat(script).contains("aws dms import-certificate --certificate-identifier 'dmspilot-3f2a9c1e-target-ca'")
                .contains("--certificate-arn \"$TARGET_CERTIFICATE_ARN\"").contains("--ssl-mode 'verify-full'");
        Path file = Files.writeString(dir.resolve("create.sh"), script);
        Process bash = new ProcessBuilder("bash", "-n", file.toString()).start();
        assertThat(bash.waitFor()).as(new String(bash.getErrorStream().readAllBytes())).isZero();
        assertThat(PlanDescription.lines(plan)).anyMatch(l -> l.contains("dms:ImportCertificate "
                + "dmspilot-3f2a9c1e-source-ca"));
    }

    @Test
    void aVerifyModeWithoutAUsableCaIsRefusedNamingTheFile() throws Exception {
        assertThatThrownBy(() -> f.plan(DmsFixture.options().withTls(null, new EndpointTls("verify-ca", null))))
                .isInstanceOf(DmsPilotException.class).hasMessageContaining("target endpoint")
                .hasMessageContaining("no CA file");
        Path notPem = Files.writeString(dir.resolve("key.txt"), "hello");
        assertThatThrownBy(() -> f.plan(DmsFixture.options().withTls(new EndpointTls("verify-full",
                notPem.toString()), null))).hasMessageContaining(notPem.toString()).hasMessageContaining("PEM");
        assertThatThrownBy(() -> f.plan(DmsFixture.options().withTls(new EndpointTls("prefer", null), null)))
                .hasMessageContaining("prefer");
    }

    @Test
    void withoutAChoiceTheEndpointFollowsTheConnectionsTlsAndCa() throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), PEM);
        ConnectionProfile target = new ConnectionProfile(Engine.AURORA_POSTGRESQL, "aurora.internal", 5432, "shop",
                "dms_writer", TlsMode.VERIFY_FULL, ca.toString(), null, 0);
        DmsPlan plan = DmsPlanner.plan(f.project.withTarget(target), DmsFixture.options());
        assertThat(plan.target().sslMode()).isEqualTo("verify-full");
        assertThat(plan.target().certificate().pem()).isEqualTo(PEM);
        assertThat(plan.source().sslMode()).isEqualTo("require");
        assertThat(plan.source().certificate()).isNull();
    }
}
