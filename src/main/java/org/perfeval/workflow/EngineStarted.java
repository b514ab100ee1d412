package org.perfeval.workflow;

/** The process engine is up and its models deployed; {@code demoMode} says whether demo data is wanted. */
public record EngineStarted(boolean demoMode) {
}
