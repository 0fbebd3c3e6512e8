package org.cairncrm.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RequiresSignIn;
import org.junit.jupiter.api.Test;

class GuardsTest {

    @Path("/half")
    public static class HalfGuarded {
        @GET
        @RequiresSignIn
        public String guarded() {
            return "";
        }

        @GET
        @Path("open")
        public String forgotten() {
            return "";
        }

        public String notAResourceMethod() {
            return "";
        }
    }

    @Path("/whole")
    @RequiresPermission("x.y.read")
    public static class GuardedByItsClass {
        @GET
        public String list() {
            return "";
        }
    }

    @Test
    void aResourceMethodWithoutAGuardIsFound() {
        assertEquals(List.of("HalfGuarded.forgotten"), Guards.unguarded(HalfGuarded.class));
    }

    @Test
    void aGuardOnTheClassCoversItsMethods() {
        assertEquals(List.of(), Guards.unguarded(GuardedByItsClass.class));
    }

    @Test
    void thePlatformsOwnResourcesAreAllGuarded() {
        assertEquals(List.of(), Guards.unguarded(PlatformResource.class));
        assertEquals(List.of(), Guards.unguarded(HistoryResource.class));
    }
}
