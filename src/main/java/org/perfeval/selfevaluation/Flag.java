package org.perfeval.selfevaluation;

/**
 * One finding of the desk review: its code, where it is (an indicator's path joined by {@code /},
 * {@code 预算执行率}, {@code 总分}, or empty for the whole form) and a Chinese message naming the figures.
 */
public record Flag(FlagCode code, String path, String message) {

    public FlagCode.Severity severity() {
        return code.severity();
    }
}
