package org.perfeval.evaluation;

/**
 * How a commission names a party: by its directory id, or by a name that must match exactly one
 * active organisation (the API before the directory, kept working).
 */
public record PartyRef(Long id, String name) {

    public static PartyRef named(String name) {
        return new PartyRef(null, name);
    }

    public static PartyRef withId(long id) {
        return new PartyRef(id, null);
    }

    @Override
    public String toString() {
        return id != null ? "#" + id : String.valueOf(name);
    }
}
