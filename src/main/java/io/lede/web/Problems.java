package io.lede.web;

import java.util.List;

/** The problems Lede answers with, named by what went wrong. */
public final class Problems {

    private Problems() {}

    public static ProblemException notFound(String what, String key) {
        return new ProblemException(404, "not-found", "Not Found", "No " + what + " '" + key + "' exists.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad Request", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                400,
                "validation",
                "Validation Failed",
                "The request has 1 invalid field.",
                List.of(new Problem.FieldError(field, message)));
    }

    /** The request is well formed, but what it points to cannot be used (an image URL that answers no image). */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(
                422,
                "unprocessable",
                "Unprocessable Content",
                "The request has 1 field Lede could not use.",
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition Failed", detail);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition Required", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }
}
