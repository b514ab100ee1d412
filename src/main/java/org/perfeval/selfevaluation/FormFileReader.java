package org.perfeval.selfevaluation;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the forms of a received file of one kind, one at a time, so that memory stays bounded
 * whatever the file's size.
 */
public interface FormFileReader {

    UploadKind kind();

    /**
     * How many forms the file holds, reading no more than needed to count them.
     *
     * @throws org.perfeval.common.ValidationException when it is not a file of this kind, naming it
     */
    int count(Path file, String name);

    /** Hands each form (or an unreadable one, with its errors) to {@code each}, in the file's order. */
    void read(Path file, String name, Path workDirectory, Consumer<FormSheet.Reading> each);
}
