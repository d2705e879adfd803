package org.dmspilot.core.report;

/**
 * How much human work an object needs, in the spirit of SCT's buckets. An object is AUTOMATIC when its conversion
 * raised nothing above {@link org.dmspilot.model.convert.Severity#INFO}; otherwise its action items decide the bucket
 * (see {@link EffortModel}).
 */
public enum Complexity {
    AUTOMATIC, SIMPLE, MEDIUM, COMPLEX
}
