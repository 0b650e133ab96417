package com.example.accounts.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class AvatarImportController {

    public record AvatarImport(String imageUrl) {}

    private final RestTemplate rest;
    private final AvatarService avatars;

    public AvatarImportController(RestTemplate rest, AvatarService avatars) {
        this.rest = rest;
        this.avatars = avatars;
    }

    @PostMapping("/me/avatar/import")
    public ResponseEntity<Void> importAvatar(@RequestBody AvatarImport req) {
        byte[] image = rest.getForObject(req.imageUrl(), byte[].class); // LABEL: CWE-918
        avatars.replaceForCurrentUser(image);
        return ResponseEntity.noContent().build();
    }
}
