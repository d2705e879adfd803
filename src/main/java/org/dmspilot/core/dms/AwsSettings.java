package org.dmspilot.core.dms;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * How to reach AWS: region, optional named (or SSO) profile from {@code ~/.aws/config}/{@code credentials}, and an
 * optional endpoint override (a local emulator or a VPC endpoint). A null profile means the default credential
 * chain (environment, system properties, default profile, SSO, container, instance role).
 */
public record AwsSettings(String region, String profile, URI endpointOverride) {

    /** Profile names found in the AWS config and credentials files. */
    public static List<String> profiles() {
        return ProfileFile.defaultProfileFile().profiles().keySet().stream().sorted().toList();
    }

    /** Regions where DMS runs, for the region picker. */
    public static List<String> dmsRegions() {
        return DatabaseMigrationClient.serviceMetadata().regions().stream().map(r -> r.id()).sorted().toList();
    }

    /** The region configured for a profile (or the default profile), if any. */
    public static Optional<String> configuredRegion(String profile) {
        return ProfileFile.defaultProfileFile().profile(profile == null ? "default" : profile)
                .flatMap(p -> p.property(ProfileProperty.REGION));
    }
}
