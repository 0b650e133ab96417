package com.example.accounts.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class GravatarImportController {

    private static final String GRAVATAR = "https://www.gravatar.com/avatar/{hash}?s=256&d=404";

    private final RestTemplate rest;
    private final AvatarService avatars;

    public GravatarImportController(RestTemplate rest, AvatarService avatars) {
        this.rest = rest;
        this.avatars = avatars;
    }

    @PostMapping("/me/avatar/gravatar")
    public ResponseEntity<Void> importAvatar(@RequestParam String emailHash) {
        byte[] image = rest.getForObject(GRAVATAR, byte[].class, emailHash);
        avatars.replaceForCurrentUser(image);
        return ResponseEntity.noContent().build();
    }
}
