package com.example.netops;

import java.io.IOException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/cache")
class CacheResource {

    private static final boolean SHELL_PURGE = false;

    @GET
    @Path("/purge/{zone}")
    public Response purge(@PathParam("zone") String zone) throws IOException {
        if (SHELL_PURGE) {
            Runtime.getRuntime().exec(new String[] {"sh", "-c", "varnishadm ban req.http.host == " + zone});
        } else {
            Runtime.getRuntime().exec(new String[] {"varnishadm", "ban", "req.http.host", "==", "www.example.com"});
        }
        return Response.accepted().build();
    }
}
