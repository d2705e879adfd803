package org.dmspilot.core.convert;

import org.dmspilot.model.convert.ConversionOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.ConvertedStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a whole catalog: each schema's tables ({@link SchemaConverter}) and code objects
 * ({@link ProgramConverter}), merged into one script ordered by stage across schemas, so that every schema and type
 * exists before any table, and every table before any view.
 */
public final class Converter {
    private static final Logger LOG = LoggerFactory.getLogger(Converter.class);
    private final ConversionOptions options;
    private final ExpressionTranslator expressions;
    private final ProgramConverter programs;
    private final MappingRules rules;

    public Converter(ConversionOptions options, ExpressionTranslator expressions, ProgramConverter programs,
            MappingRules rules) {
        this.options = options;
        this.expressions = expressions;
        this.programs = programs;
        this.rules = rules;
    }

    /**
     * @param facts what the data says, per schema ({@link FactsSource#NONE} for a dump)
     */
    public ConversionResult convert(Catalog catalog, Function<Schema, FactsSource> facts, ProgressListener progress) {
        List<ConvertedStatement> statements = new ArrayList<>();
        List<ActionItem> items = new ArrayList<>();
        for (Schema schema : catalog.schemas()) {
            progress.checkCancelled();
            if (rules.excluded(schema.name(), null)) {
                continue;
            }
            SchemaConverter tables = new SchemaConverter(options, expressions, facts.apply(schema), rules);
            ConversionResult t = tables.convert(schema, progress);
            ConversionResult p = programs.convert(schema, rules.schemaName(schema.name()), rules,
                    tables.columnTypes(), progress);
            statements.addAll(t.statements());
            statements.addAll(p.statements());
            items.addAll(t.actionItems());
            items.addAll(p.actionItems());
        }
        statements.sort(Comparator.comparing(s -> s.stage().ordinal()));
        LOG.info("Converted {} schema(s): {} statements, {} action items", catalog.schemas().size(),
                statements.size(), items.size());
        return new ConversionResult(statements, items);
    }
}
