package com.example.orders;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/orders/{id}/confirm")
class ConfirmResource {

    @Context
    UriInfo uriInfo;

    @POST
    public Response confirm(@PathParam("id") long id) {
        return Response.seeOther(uriInfo.getBaseUriBuilder().path("orders").path(Long.toString(id)).build()).build();
    }
}
