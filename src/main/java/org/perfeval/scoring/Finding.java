package org.perfeval.scoring;

/** A finding (问题) with its evidence figures and the default recommendation (建议) the evaluator may edit. */
public record Finding(String code, String title, String evidence, String recommendation) {

    /** The code of an indicator scored below its share of the weight: one finding per indicator. */
    public static final String TARGET_NOT_MET = "TARGET_NOT_MET";
}
