package com.example.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class DirectoryProxyController {
    private final RestTemplate rest = new RestTemplate();
    private final String directoryBase;

    public DirectoryProxyController(@Value("${directory.base-url}") String directoryBase) {
        this.directoryBase = directoryBase;
    }

    @GetMapping("/api/people/{handle}")
    public String person(@PathVariable String handle) {
        if (!handle.matches("[a-z0-9_]{1,32}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return rest.getForObject(directoryBase + "/v1/users/" + handle, String.class);
    }
}
