package org.cairncrm.platform.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import org.cairncrm.platform.api.rest.PublicAccess;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RequiresSignIn;

/** Finds the guard of a resource method: on the method, else on its class. */
final class Guards {

    private Guards() {
    }

    /** The method's guard annotation, or null when it has none. */
    static Annotation of(Method method, Class<?> type) {
        for (Class<? extends Annotation> kind : List.of(RequiresPermission.class, RequiresSignIn.class,
                PublicAccess.class)) {
            Annotation onMethod = method.getAnnotation(kind);
            if (onMethod != null) {
                return onMethod;
            }
        }
        for (Class<? extends Annotation> kind : List.of(RequiresPermission.class, RequiresSignIn.class,
                PublicAccess.class)) {
            Annotation onType = type.getAnnotation(kind);
            if (onType != null) {
                return onType;
            }
        }
        return null;
    }

    /** Resource methods of {@code type} without a guard, as {@code Class.method} names. */
    static List<String> unguarded(Class<?> type) {
        List<String> missing = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (isResourceMethod(method) && of(method, type) == null) {
                missing.add(type.getSimpleName() + "." + method.getName());
            }
        }
        return missing;
    }

    private static boolean isResourceMethod(Method method) {
        if (method.isAnnotationPresent(Path.class)) {
            return true;
        }
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
