package org.perfeval.scoring;

/** A finding (问题) with its evidence figures and the default recommendation (建议) the evaluator may edit. */
public record Finding(String code, String title, String evidence, String recommendation) {
}
