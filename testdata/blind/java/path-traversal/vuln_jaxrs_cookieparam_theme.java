package com.example.themes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

@javax.ws.rs.Path("/theme.css")
public class ThemeResource {
    private static final Path THEMES = Path.of("/opt/app/themes");

    @GET
    @Produces("text/css")
    public Response css(@CookieParam("theme") @DefaultValue("light") String theme) throws IOException {
        Path css = THEMES.resolve(theme).resolve("theme.css");
        return Response.ok(Files.newInputStream(css)).build(); // LABEL: CWE-22
    }
}
