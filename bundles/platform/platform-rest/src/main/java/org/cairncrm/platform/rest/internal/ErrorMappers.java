package org.cairncrm.platform.rest.internal;

import javax.ws.rs.WebApplicationException;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.cairncrm.platform.api.access.Authenticator;

/**
 * JAX-RS picks the mapper of the closest exception type, and CXF brings its own for WebApplicationException; so ours
 * is registered for that type as well as for everything else.
 */
final class ErrorMappers {

    private ErrorMappers() {
    }

    static String path(UriInfo uri) {
        try {
            return uri == null ? "this address" : "/api" + uri.getBaseUri().getPath().replaceFirst("^/api", "")
                    .replaceAll("/$", "") + "/" + uri.getPath().replaceFirst("^/", "");
        } catch (RuntimeException outsideRequest) {
            return "this address";
        }
    }

    static final class Any implements ExceptionMapper<Throwable> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Throwable failure) {
            return ErrorResponses.of(failure, path(uri));
        }
    }

    /**
     * CXF picks the resource method (and refuses a wrong method, content type or accepted type) before the guard
     * filter runs; those refusals must not tell an anonymous caller more than "sign in first".
     */
    static final class Web implements ExceptionMapper<WebApplicationException> {
        private static final Set<Integer> BEFORE_SIGN_IN = Set.of(405, 406, 415);

        private final Supplier<Authenticator> authenticator;

        @Context
        private UriInfo uri;

        @Context
        private HttpHeaders headers;

        Web(Supplier<Authenticator> authenticator) {
            this.authenticator = authenticator;
        }

        @Override
        public Response toResponse(WebApplicationException failure) {
            Response original = failure.getResponse();
            if (original != null && BEFORE_SIGN_IN.contains(original.getStatus()) && !signedIn()) {
                return AccessFilter.unauthorized("Sign in first: HTTP Basic with your login and password, or "
                        + "'Authorization: Bearer <token>'");
            }
            return ErrorResponses.of(failure, path(uri));
        }

        private boolean signedIn() {
            Authenticator signIn = authenticator.get();
            try {
                String authorization = headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
                return signIn != null && AccessFilter.identify(signIn, authorization).isPresent();
            } catch (RuntimeException notReady) {
                return false;
            }
        }
    }
}
