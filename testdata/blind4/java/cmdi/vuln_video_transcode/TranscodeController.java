package com.example.media.web;

import com.example.media.service.TranscodeJob;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/videos")
public class TranscodeController {

    private final String storageRoot;

    public TranscodeController(@org.springframework.beans.factory.annotation.Value("${media.root}") String storageRoot) {
        this.storageRoot = storageRoot;
    }

    @PostMapping("/{id}/transcode")
    public ResponseEntity<String> transcode(@PathVariable("id") long id, @RequestParam(defaultValue = "720p") String preset) throws Exception {
        TranscodeJob job = new TranscodeJob(storageRoot + "/" + id + ".mp4", preset);
        int exit = job.run();
        return exit == 0 ? ResponseEntity.accepted().body("queued") : ResponseEntity.internalServerError().body("failed");
    }
}
