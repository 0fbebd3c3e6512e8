package org.cairncrm.platform.rest.internal;

import java.security.Principal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.cairncrm.platform.api.Caller;

/** Tells the platform who the caller of each request is, so that audit stamps name them. */
final class CallerFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        Caller.set(principal == null ? Caller.ANONYMOUS : principal.getName());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Caller.clear();
    }
}
