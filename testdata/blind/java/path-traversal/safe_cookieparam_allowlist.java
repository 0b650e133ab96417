package com.example.themes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

@javax.ws.rs.Path("/safe-theme.css")
public class SafeThemeResource {
    private static final Path THEMES = Path.of("/opt/app/themes");
    private static final Set<String> KNOWN = Set.of("light", "dark", "contrast");

    @GET
    @Produces("text/css")
    public Response css(@CookieParam("theme") String theme) throws IOException {
        String chosen = KNOWN.contains(theme) ? theme : "light";
        return Response.ok(Files.newInputStream(THEMES.resolve(chosen).resolve("theme.css"))).build();
    }
}
