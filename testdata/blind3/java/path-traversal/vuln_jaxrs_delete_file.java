package com.example.media;

import java.io.File;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

@Path("/media")
class MediaResource {

    private static final String MEDIA_ROOT = "/var/www/media/";

    @DELETE
    public Response delete(@QueryParam("album") String album, @QueryParam("file") String file) {
        String dir = album == null ? "unsorted" : album;
        File target = new java.io.File(MEDIA_ROOT + dir, file);
        if (!target.delete()) { // LABEL: CWE-22
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.noContent().build();
    }
}
