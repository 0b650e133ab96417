package com.example.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UptimeController {
    private static final Logger LOG = Logger.getLogger(UptimeController.class.getName());
    private static final String[] UPTIME = {"/usr/bin/uptime", "-p"};

    @GetMapping("/admin/uptime")
    public String uptime(@RequestParam(value = "requestedBy", required = false) String requestedBy) throws IOException {
        LOG.info("uptime requested");
        Process p = Runtime.getRuntime().exec(UPTIME);
        try (InputStream in = p.getInputStream()) {
            return new String(in.readAllBytes());
        }
    }
}
