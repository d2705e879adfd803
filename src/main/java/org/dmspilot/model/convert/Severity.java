package org.dmspilot.model.convert;

/** How urgently a human must look at an action item (SCT's levels). */
public enum Severity { CRITICAL, HIGH, MEDIUM, LOW, INFO }
