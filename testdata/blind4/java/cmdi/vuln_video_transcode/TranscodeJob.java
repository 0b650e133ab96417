package com.example.media.service;

import java.io.IOException;

public class TranscodeJob {

    private final String source;
    private final String preset;

    public TranscodeJob(String source, String preset) {
        this.source = source;
        this.preset = preset;
    }

    public String getPreset() {
        return preset;
    }

    public int run() throws IOException, InterruptedException {
        String cmd = "ffmpeg -y -i " + source + " -preset " + getPreset() + " " + source.replace(".mp4", "-out.mp4");
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd}); // LABEL: CWE-78
        return p.waitFor();
    }
}
