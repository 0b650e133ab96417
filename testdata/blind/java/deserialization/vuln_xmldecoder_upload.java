package com.example.layouts;

import java.beans.XMLDecoder;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

@Path("/layouts/import")
public class LayoutImportResource {

    @POST
    @Consumes("application/xml")
    public Response importLayout(InputStream body) {
        try (XMLDecoder decoder = new XMLDecoder(body)) {
            Object layout = decoder.readObject(); // LABEL: CWE-502
            return Response.ok(layout.getClass().getSimpleName()).build();
        }
    }
}
