package org.perfeval.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.perfeval.common.ConflictException;
import org.perfeval.common.ForbiddenException;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;

/**
 * Turns every failure into the error body of API.md. Domain exceptions may arrive wrapped (by the
 * transaction interceptor or by Flowable around a service task), so the cause chain is searched.
 * Unexpected failures are logged with their stack trace and answered without it.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());
    /** H2's lock timeout, serialization failures and deadlocks, PostgreSQL's lock_not_available. */
    private static final java.util.Set<String> BUSY_STATES = java.util.Set.of("HYT00", "40001", "40P01", "55P03");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ValidationException v) {
                return respond(422, "validation", "请求内容有误 (invalid request)", v);
            }
            if (t instanceof org.perfeval.security.TooManySignInAttemptsException m) {
                Response r = respond(429, "too_many_requests", m.getMessage(), null);
                return Response.fromResponse(r).header("Retry-After", m.retryAfterSeconds()).build();
            }
            if (t instanceof org.perfeval.common.LimitExceededException l) {
                return respond(413, "payload_too_large", l.getMessage(), null);
            }
            if (t instanceof PayloadTooLargeException p) {
                return respond(413, "payload_too_large", p.getMessage(), null);
            }
            if (t instanceof java.nio.charset.UnsupportedCharsetException
                    || t instanceof java.nio.charset.IllegalCharsetNameException) {
                return respond(415, "unsupported_media_type",
                        "Content-Type 头的字符集无法识别，请使用 UTF-8 (unsupported charset in the Content-Type header)", null);
            }
            if (t instanceof MalformedJsonException m) {
                return respond(400, "malformed", m.getMessage(), null);
            }
            if (t instanceof NotFoundException n) {
                return respond(404, "not_found", n.getMessage(), null);
            }
            if (t instanceof ForbiddenException f) {
                return respond(403, "forbidden", f.getMessage(), null);
            }
            if (t instanceof ConflictException c) {
                return respond(409, "conflict", c.getMessage(), null);
            }
            if (t instanceof org.perfeval.report.UnreadableFileException u) {
                return respond(400, "unreadable_file", u.getMessage(), null);
            }
            if (t instanceof org.perfeval.report.ReportUnavailableException r) {
                return respond(503, "unavailable", r.getMessage(), null);
            }
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return respond(409, "conflict", "与已有数据冲突（可能是重复提交），请刷新后重试 (conflicts with existing data)", null);
            }
            if (t instanceof java.sql.SQLException sql && BUSY_STATES.contains(sql.getSQLState())) {
                // waited too long for a lock, or chosen as a deadlock's victim: nothing was saved, a retry will do
                return Response.fromResponse(respond(503, "busy", "系统繁忙，操作未保存，请稍后重试 (busy; nothing was saved, retry)",
                        null)).header("Retry-After", "1").build();
            }
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().endsWith("FlowableOptimisticLockingException")) {
                return respond(409, "conflict", "数据已被他人修改，请刷新后重试 (stale version)", null);
            }
            if (t instanceof jakarta.ws.rs.ForbiddenException && t == thrown) {
                // a resource's @RolesAllowed refused the caller's role
                return respond(403, "forbidden", "您的角色无权执行此操作 (your role may not do this)", null);
            }
            if (t instanceof WebApplicationException w && t == thrown) {
                int status = w.getResponse().getStatus();
                return respond(status, status == 404 ? "not_found" : "http_" + status,
                        Response.Status.fromStatusCode(status) == null ? w.getMessage()
                                : Response.Status.fromStatusCode(status).getReasonPhrase(), null);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure", thrown);
        return respond(500, "internal", "服务器内部错误，操作未保存 (internal error; nothing was saved)", null);
    }

    private Response respond(int status, String error, String message, ValidationException v) {
        Locale locale = ErrorMessages.preferred(acceptable());
        return Response.status(status).type(ErrorBodies.JSON)
                .entity(ErrorBodies.body(error, message, v == null ? null : v.errors(), locale)).build();
    }

    private List<Locale> acceptable() {
        try {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            return List.of(); // an unreadable Accept-Language is no reason to lose the error itself
        }
    }
}
