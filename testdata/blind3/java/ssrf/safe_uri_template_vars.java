package com.example.links;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
class GithubProxyController {

    private static final String API = "https://api.github.com";
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/gh/{owner}/{repo}/stars")
    Object stars(@PathVariable String owner, @PathVariable String repo) {
        Map<?, ?> info = rest.getForObject(API + "/repos/{owner}/{repo}", Map.class, owner, repo);
        return info == null ? 0 : info.get("stargazers_count");
    }
}
