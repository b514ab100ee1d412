package org.perfeval.selfevaluation;

/** A flag the desk review must raise for an injected defect: its code and path, as {@link Flag} has them. */
public record ExpectedFlag(FlagCode code, String path) implements Comparable<ExpectedFlag> {

    public static ExpectedFlag of(Flag flag) {
        return new ExpectedFlag(flag.code(), flag.path());
    }

    /** The order of {@link FormReview#flags()}: by code name, then path. */
    @Override
    public int compareTo(ExpectedFlag other) {
        int byCode = code.name().compareTo(other.code.name());
        return byCode != 0 ? byCode : path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return code + " " + path;
    }
}
