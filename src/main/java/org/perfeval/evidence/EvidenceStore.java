package org.perfeval.evidence;

import java.io.InputStream;

/**
 * Where evidence files' bytes live, addressed by their SHA-256: the same content is stored once,
 * however many files (names, evaluations) refer to it. Content is never changed or removed once
 * stored, so readers need no lock.
 */
public interface EvidenceStore {

    /** Stores the upload's content unless this hash is already stored; true when it was new. */
    boolean put(SpooledUpload upload);

    /** The content, streamed; the caller closes it. */
    InputStream open(String sha256);
}
