import static java.lang.Runtime.getRuntime;

import java.io.IOException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/media")
class TranscodeResource {
    @POST
    @Path("/transcode")
    public String transcode(@QueryParam("file") String file) throws IOException {
        getRuntime().exec("ffmpeg -i /media/in/" + file + " /media/out/result.mp4"); // LABEL: CWE-78
        return "queued";
    }
}
