package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.Arrays;
import java.util.List;
import org.dmspilot.model.MigrationTask.Backend;

/**
 * The wizard's pages, in order. The local engine backend has no AWS page; AWS DMS shows either the replication
 * instance page or the DMS Serverless (replication config) page.
 */
public enum WizardPage {
    BACKEND(true, true), ACCOUNT(true, false), IAM(true, false), NETWORK(true, false), INSTANCE(true, false),
    SERVERLESS(true, false), ENDPOINTS(true, false), TASK(true, true), REVIEW(true, true), PROVISION(true, false), STATS(true, false),
    LOCAL_START(false, true);

    private final boolean aws;
    private final boolean local;

    WizardPage(boolean aws, boolean local) {
        this.aws = aws;
        this.local = local;
    }

    /** The pages a backend shows, in order, on a replication instance. */
    public static List<WizardPage> of(Backend backend) {
        return of(backend, false);
    }

    /** The pages a backend shows, in order; on AWS DMS the instance page or the serverless page. */
    public static List<WizardPage> of(Backend backend, boolean serverless) {
        return Arrays.stream(values()).filter(p -> backend == Backend.LOCAL_ENGINE ? p.local : p.aws)
                .filter(p -> p != (serverless ? INSTANCE : SERVERLESS)).toList();
    }

    /** The page's title in the page list. */
    public String title() {
        return switch (this) {
            case BACKEND -> lang("wizard.page.backend");
            case ACCOUNT -> lang("wizard.page.account");
            case IAM -> lang("wizard.page.iam");
            case NETWORK -> lang("wizard.page.network");
            case INSTANCE -> lang("wizard.page.instance");
            case SERVERLESS -> lang("wizard.page.serverless");
            case ENDPOINTS -> lang("wizard.page.endpoints");
            case TASK -> lang("wizard.page.task");
            case REVIEW -> lang("wizard.page.review");
            case PROVISION -> lang("wizard.page.provision");
            case STATS -> lang("wizard.page.stats");
            case LOCAL_START -> lang("wizard.page.localStart");
        };
    }
}
