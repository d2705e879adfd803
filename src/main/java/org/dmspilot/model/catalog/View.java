package org.dmspilot.model.catalog;

/**
 * A view.
 *
 * @param definition the SELECT as the server stores it
 * @param algorithm UNDEFINED, MERGE or TEMPTABLE
 * @param security DEFINER or INVOKER
 * @param checkOption NONE, CASCADED or LOCAL
 * @param definer {@code user@host}
 */
public record View(String name, String definition, String algorithm, String security, String checkOption,
        String definer) {
}
