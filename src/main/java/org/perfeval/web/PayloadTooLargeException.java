package org.perfeval.web;

/** A request body over its endpoint's limit (HTTP 413). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super(message(limit));
    }

    static String message(long limit) {
        String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
        return "请求内容超过" + size + "上限 (request body larger than " + size + ")";
    }
}
