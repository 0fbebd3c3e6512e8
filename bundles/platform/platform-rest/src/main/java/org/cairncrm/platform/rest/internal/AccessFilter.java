package org.cairncrm.platform.rest.internal;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Authenticator;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ForbiddenException;
import org.cairncrm.platform.api.rest.PublicAccess;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RequiresSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs in the caller of every request (HTTP Basic or a Bearer API token) and applies the resource method's
 * guard: 401 for nobody or wrong credentials, 403 for a missing permission, and for a caller who must first
 * replace their password. A method without a guard is refused: guards cannot be forgotten.
 */
final class AccessFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);
    static final String CHALLENGE = "Basic realm=\"cairn\", charset=\"UTF-8\"";

    private final Supplier<Authenticator> authenticator;

    @Context
    private ResourceInfo resource;

    AccessFilter(Supplier<Authenticator> authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Access.clear();
        Annotation guard = resource == null || resource.getResourceMethod() == null ? null
                : Guards.of(resource.getResourceMethod(), resource.getResourceClass());
        if (guard instanceof PublicAccess) {
            return;
        }
        if (guard == null) {
            LOG.error("Refused a call of {} which has no guard annotation", resource == null ? "?"
                    : resource.getResourceMethod());
            request.abortWith(ErrorResponses.body(403, "This resource is not open to anyone", List.of()));
            return;
        }
        Authenticator signIn = authenticator.get();
        if (signIn == null) {
            request.abortWith(signInUnavailable());
            return;
        }
        Optional<Identity> identity;
        try {
            identity = identify(signIn, request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (IllegalStateException notReady) {
            LOG.warn("Sign-in refused for now: {}", notReady.getMessage());
            request.abortWith(signInUnavailable());
            return;
        } catch (RuntimeException failure) {
            request.abortWith(ErrorResponses.of(failure, request.getUriInfo().getPath()));
            return;
        }
        if (identity.isEmpty()) {
            request.abortWith(unauthorized(request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                    ? "Sign in first: HTTP Basic with your login and password, or 'Authorization: Bearer <token>'"
                    : "Wrong login or password, unknown or revoked token, or a locked account"));
            return;
        }
        Identity caller = identity.get();
        Access.set(caller);
        if (caller.mustChangePassword()
                && !(guard instanceof RequiresSignIn signedIn && signedIn.beforePasswordChange())) {
            request.abortWith(ErrorResponses.body(403, "Replace your first password before anything else: "
                    + "PUT /api/people/me/password", List.of()));
            return;
        }
        if (guard instanceof RequiresPermission needs) {
            try {
                Access.require(needs.value());
            } catch (ForbiddenException refused) {
                request.abortWith(ErrorResponses.body(403, refused.getMessage(), List.of()));
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Access.clear();
    }

    private static Response signInUnavailable() {
        return Response.fromResponse(ErrorResponses.body(503,
                "Sign-in is not available right now; try again in a moment", List.of()))
                .header("Retry-After", "10").build();
    }

    static Response unauthorized(String message) {
        return Response.fromResponse(ErrorResponses.body(401, message, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cairn\"")
                .build();
    }

    static Optional<Identity> identify(Authenticator signIn, String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return signIn.token(authorization.substring(7).strip());
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        char[] password = decoded.substring(colon + 1).toCharArray();
        try {
            return signIn.password(decoded.substring(0, colon), password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
