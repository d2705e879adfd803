package org.dmspilot.core.conversion;

import java.sql.Connection;
import org.dmspilot.core.convert.Converter;
import org.dmspilot.core.convert.FactsSource;
import org.dmspilot.core.convert.LiveFacts;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.ConversionSettings;

/**
 * The one way a catalog is converted: the conversion view, {@code dmspilot convert}, the assessment (GUI and CLI)
 * and the target schema {@code migrate} creates all call this, so the same source and settings give the same
 * statements and the same action items everywhere. A live source decides type choices from its data
 * ({@link LiveFacts}: tinyint(1) as boolean, unsigned bigint widening, TIME as interval); without one the converter
 * works as from a dump and says so in its items.
 */
public final class Conversions {
    private Conversions() {
    }

    /** The converter for these settings, with the SQL translator for views, routines and triggers. */
    public static Converter converter(ConversionSettings settings) {
        return converter(settings, new SqlPrograms());
    }

    /** The converter for these settings, with the given code-object converter. */
    public static Converter converter(ConversionSettings settings, ProgramConverter programs) {
        return new Converter(settings.options(), new SqlExpressions("conversion"), programs,
                new MappingRules(settings.rules()));
    }

    /**
     * Converts a catalog.
     *
     * @param liveSource an open connection to the server the catalog was read from, or null (a dump, a saved
     *     snapshot, or a source that cannot be reached): then no data is read
     */
    public static ConversionResult convert(Catalog catalog, ConversionSettings settings, ProgramConverter programs,
            Connection liveSource, ProgressListener progress) {
        Converter converter = converter(settings, programs);
        if (liveSource == null) {
            return converter.convert(catalog, s -> FactsSource.NONE, progress);
        }
        return converter.convert(catalog, s -> LiveFacts.read(liveSource, s, progress), progress);
    }
}
