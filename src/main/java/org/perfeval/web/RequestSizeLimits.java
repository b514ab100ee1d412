package org.perfeval.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every request body before anything reads it, the anonymous sign-in first of all: a body
 * that declares more than its endpoint takes is answered 413 at once, and one that streams more is
 * cut off at the limit (413 too). Nothing is ever read whole into memory beyond these sizes.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimits implements ContainerRequestFilter {

    /** Sign-in: a user name and a password. */
    static final long SIGN_IN = 16 * 1024;
    /** A spreadsheet or a score sheet for import. */
    static final long IMPORT = 5L * 1024 * 1024;
    /** Any other JSON body: a score sheet of a few hundred indicators is well below. */
    static final long JSON = 1024 * 1024;
    /** Room for a multipart envelope around an evidence file (boundaries, part headers). */
    private static final long ENVELOPE = 64 * 1024;
    /** What is read and thrown away of a body that is too large, so that its client sees the answer. */
    private static final long DRAIN = 16L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        long limit = path.endsWith("/import") ? IMPORT : path.equals("session") || path.equals("/session") ? SIGN_IN
                : CrossSiteForms.isFormsUpload(path) ? megabytes("PERFEVAL_SELF_EVALUATION_MAX_UPLOAD_MB", 200) + ENVELOPE
                : CrossSiteForms.isFileUpload(path) ? megabytes("PERFEVAL_EVIDENCE_MAX_FILE_MB", 100) + ENVELOPE : JSON;
        if (request.getLength() > limit) {
            drain(request.getEntityStream());
            request.abortWith(Response.status(413).type(ErrorBodies.JSON).entity(ErrorBodies.body("payload_too_large",
                    PayloadTooLargeException.message(limit), null,
                    ErrorMessages.preferred(request.getAcceptableLanguages()))).build());
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), limit));
    }

    /** A file upload's configured limit (the upload checks it exactly; this bounds the body before it is parsed). */
    private static long megabytes(String setting, long fallback) {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue(setting, Long.class).orElse(fallback) * 1024 * 1024;
    }

    /**
     * Reads and discards what the client is still sending, up to a bound, so that it receives the
     * 413 instead of a reset connection; nothing of it is kept.
     */
    static void drain(InputStream body) {
        byte[] sink = new byte[64 * 1024];
        try {
            for (long drained = 0; drained < DRAIN; ) {
                int n = body.read(sink);
                if (n < 0) {
                    return;
                }
                drained += n;
            }
        } catch (IOException e) {
            // the client gave up: nothing to answer
        }
    }

    /** Lets {@code limit} bytes through, then refuses. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                drain(in); // the client then reads the 413 instead of a reset connection
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
