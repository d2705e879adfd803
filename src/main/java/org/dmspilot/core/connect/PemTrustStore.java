package org.dmspilot.core.connect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dmspilot.core.DmsPilotException;

/**
 * A PEM CA file as the trust store MySQL Connector/J wants (it reads key stores, not PEM files): the certificates go
 * into a PKCS#12 file in the temporary directory, made once per CA file and JVM and deleted at exit. It holds only
 * public certificates; its store password is random and protects nothing secret.
 */
final class PemTrustStore {
    private static final Map<Path, Map<String, String>> STORES = new ConcurrentHashMap<>();

    private PemTrustStore() {
    }

    /** The Connector/J {@code trustCertificateKeyStore*} properties for the CA file {@code pem}. */
    static Map<String, String> connectorJProperties(String pem) {
        Path file = Path.of(pem).toAbsolutePath().normalize();
        return STORES.computeIfAbsent(file, PemTrustStore::convert);
    }

    private static Map<String, String> convert(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int n = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca" + n++, c);
            }
            if (n == 0) {
                throw new DmsPilotException("The CA file " + pem + " holds no PEM certificate.");
            }
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            char[] storePassword = HexFormat.of().formatHex(random).toCharArray();
            Path out = Files.createTempFile("dmspilot-ca-", ".p12");
            out.toFile().deleteOnExit();
            try (OutputStream o = Files.newOutputStream(out)) {
                store.store(o, storePassword);
            }
            Map<String, String> props = new LinkedHashMap<>();
            props.put("trustCertificateKeyStoreUrl", out.toUri().toString());
            props.put("trustCertificateKeyStoreType", "PKCS12");
            props.put("trustCertificateKeyStorePassword", new String(storePassword));
            return Map.copyOf(props);
        } catch (IOException | GeneralSecurityException e) {
            throw new DmsPilotException("Cannot read the CA file " + pem + ": " + e.getMessage(), e);
        }
    }
}
