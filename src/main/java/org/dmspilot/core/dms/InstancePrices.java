package org.dmspilot.core.dms;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.project.ProjectFiles;

/**
 * Hourly prices of DMS replication instance classes from a dated table shipped with the app
 * ({@code instance-prices.json}), for the note shown before provisioning. Not a live price: the note says the date
 * and region it was taken for.
 */
public final class InstancePrices {
    private static final JsonNode TABLE = load();

    private InstancePrices() {
    }

    /** The price note for an instance class, e.g. "about $0.073 per hour (us-east-1, single-AZ, prices of 2025-01)". */
    public static String note(String instanceClass, boolean multiAz) {
        String where = TABLE.path("region").asText() + ", " + (multiAz ? "Multi-AZ" : "single-AZ") + ", prices of "
                + TABLE.path("asOf").asText();
        return perHour(instanceClass).map(p -> String.format(java.util.Locale.ROOT,
                "about $%.3f per hour, $%.0f per 30-day month (%s)", p * (multiAz ? 2 : 1), p * (multiAz ? 2 : 1)
                        * 24 * 30, where))
                .orElse("no price known for " + instanceClass + " in the table of " + TABLE.path("asOf").asText()
                        + ": see aws.amazon.com/dms/pricing");
    }

    /**
     * The price note for DMS Serverless, which is billed per DCU-hour while the replication is provisioned: the rate
     * and its date when the table has one, otherwise that no rate is known, with the DCU-hours per hour the capacity
     * range means either way. A stopped replication stays provisioned (StopReplication does not deprovision).
     */
    public static String serverlessNote(DmsOptions.ServerlessCapacity capacity) {
        String range = capacity.minCapacityUnits() + " to " + capacity.maxCapacityUnits() + " DCU-hours per hour "
                + "provisioned";
        JsonNode rate = TABLE.path("serverlessPerDcuHour");
        if (rate.isNumber()) {
            return String.format(java.util.Locale.ROOT, "about $%.3f per DCU-hour, $%.2f to $%.2f per hour (%s, "
                    + "prices of %s)", rate.asDouble(), rate.asDouble() * capacity.minCapacityUnits(),
                    rate.asDouble() * capacity.maxCapacityUnits(), TABLE.path("region").asText(),
                    TABLE.path("asOf").asText());
        }
        return range + "; no DCU-hour rate is known to DMS Pilot (its price table of " + TABLE.path("asOf").asText()
                + " has none): see aws.amazon.com/dms/pricing";
    }

    /** The single-AZ hourly price in USD, when the table has the class. */
    public static Optional<Double> perHour(String instanceClass) {
        JsonNode p = TABLE.path("pricesPerHour").path(instanceClass);
        return p.isNumber() ? Optional.of(p.asDouble()) : Optional.empty();
    }

    private static JsonNode load() {
        try (InputStream in = InstancePrices.class.getResourceAsStream("instance-prices.json")) {
            return ProjectFiles.mapper().readTree(in);
        } catch (IOException | RuntimeException e) {
            throw new DmsPilotException("The price table shipped with DMS Pilot is unreadable: " + e.getMessage(), e);
        }
    }
}
