package com.example.netops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/dns")
class DnsResource {

    @GET
    @Path("/{name}")
    @Produces(MediaType.TEXT_PLAIN)
    public String lookup(@PathParam("name") String name) throws IOException {
        String[] cmd = {"/bin/bash", "-c", "nslookup " + name};
        Process proc = java.lang.Runtime.getRuntime().exec(cmd); // LABEL: CWE-78
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream()))) {
            return r.lines().collect(Collectors.joining("\n"));
        }
    }
}
