package org.perfeval.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.perfeval.common.FieldError;

/**
 * The bureau's commission (评价任务) as the web edge read it. Fields it could not read are null and
 * named in {@code unreadable}. {@code basis} is the document it is commissioned under, null when not given, so that commissioning can report them together with the parties it
 * does not know, all in one answer.
 */
public record CommissionRequest(String title, int year, EvaluationKind kind, PartyRef subject, PartyRef agency,
                                LocalDate dueDate, CommissionBasis basis, List<FieldError> unreadable) {

    public CommissionRequest {
        unreadable = List.copyOf(unreadable);
    }

    /** What the request asks for, as a digest: a retry with the same Idempotency-Key must ask for the same. */
    public String fingerprint() {
        String text = String.join("\u0000", String.valueOf(title), String.valueOf(year), String.valueOf(kind),
                String.valueOf(subject), String.valueOf(agency), String.valueOf(dueDate), String.valueOf(basis));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
