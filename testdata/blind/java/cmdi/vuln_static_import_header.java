package com.example.media;

import static java.lang.Runtime.getRuntime;

import java.io.IOException;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

@Path("/thumbnails")
public class ThumbnailResource {
    private static final String WORK_DIR = "/srv/media/work";

    @POST
    public Response render(@HeaderParam("X-Source-Name") String sourceName) throws IOException, InterruptedException {
        String shellLine = "cd " + WORK_DIR + " && convert " + sourceName + " -resize 128x128 thumb.png";
        int status = getRuntime().exec(new String[] {"sh", "-c", shellLine}).waitFor(); // LABEL: CWE-78
        return status == 0 ? Response.ok().build() : Response.serverError().build();
    }
}
