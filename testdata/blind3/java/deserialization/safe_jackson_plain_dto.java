package com.example.integrations;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/integrations/events")
class EventResource {

    static class Event {
        public String type;
        public String subject;
        public long occurredAt;
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(String body) throws IOException {
        Event event = mapper.readValue(body, Event.class);
        return Response.accepted().entity(event.type).build();
    }
}
