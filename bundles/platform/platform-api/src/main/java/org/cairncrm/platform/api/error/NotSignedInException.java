package org.cairncrm.platform.api.error;

/** Nobody (or nobody valid) is signed in. REST answers 401. */
public class NotSignedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        this("Sign in first: HTTP Basic with your login and password, or 'Authorization: Bearer <token>'");
    }

    public NotSignedInException(String message) {
        super(message);
    }
}
