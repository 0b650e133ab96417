package com.example.integrations;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/integrations/events")
class EventResource {

    private final ObjectMapper mapper;

    EventResource() {
        mapper = new ObjectMapper();
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(String body) throws IOException {
        Object event = mapper.readValue(body, Object.class); // LABEL: CWE-502
        return Response.accepted().entity(event.getClass().getSimpleName()).build();
    }
}
