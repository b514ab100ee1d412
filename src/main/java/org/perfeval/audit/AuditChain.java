package org.perfeval.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains an entry to the one before: SHA-256 over the previous hash and every stored
 * field, each prefixed with its length so that no two different entries hash the same text.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String previousHash, long id, String at, String actor, String address, String action,
                       String target, Long evaluationId, String before, String after) {
        MessageDigest sha = sha256();
        for (String field : new String[]{previousHash, Long.toString(id), at, actor, address, action, target,
                evaluationId == null ? null : evaluationId.toString(), before, after}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            // -1 marks a null, so that null and "" differ
            sha.update((field == null ? "-1" : Integer.toString(bytes.length)).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
