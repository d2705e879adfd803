package org.dmspilot.gui.wizard;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.AwsSettings;
import org.dmspilot.core.dms.PasswordSource;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * What the wizard needs from outside: where background work runs, how updates reach the UI thread, how AWS clients
 * are built, the passwords, waiting times, and the AWS profiles and DMS regions to offer.
 *
 * @param clients builds the AWS clients for the chosen account, retrying as {@code timing} says
 * @param profiles names of the profiles in the AWS config files (read in the background)
 * @param regions the regions where DMS runs (SDK metadata)
 * @param profileRegion the region configured for a profile in the AWS config file (read in the background)
 */
public record WizardServices(TaskExecutor executor, Executor uiThread, java.util.function.BiFunction<AwsSettings, Timing, AwsClients> clients,
        PasswordSource passwords, Timing timing, Supplier<List<String>> profiles, List<String> regions,
        Function<String, java.util.Optional<String>> profileRegion,
        java.util.function.BiPredicate<String, String> confirm) {

    /**
     * The application's services: real AWS, profiles from ~/.aws, regions from the SDK.
     *
     * @param confirm asks the user (title, message) before something that costs money, e.g. provisioning
     */
    public static WizardServices of(TaskExecutor executor, Executor uiThread, PasswordSource passwords,
            java.util.function.BiPredicate<String, String> confirm) {
        return new WizardServices(executor, uiThread, AwsClients::new, passwords, Timing.DEFAULT,
                AwsSettings::profiles, AwsSettings.dmsRegions(), AwsSettings::configuredRegion, confirm);
    }

    /** The same services with other passwords. */
    public WizardServices withPasswords(PasswordSource other) {
        return new WizardServices(executor, uiThread, clients, other, timing, profiles, regions, profileRegion,
                confirm);
    }

    /** The same services with another confirmation. */
    public WizardServices withConfirm(java.util.function.BiPredicate<String, String> other) {
        return new WizardServices(executor, uiThread, clients, passwords, timing, profiles, regions, profileRegion,
                other);
    }
}
