package org.perfeval.selfevaluation;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A zip entry's stream for a writer that closes what it writes to: the zip has more entries to come. */
final class KeepOpenOutputStream extends FilterOutputStream {

    KeepOpenOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len); // FilterOutputStream would write byte by byte
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
