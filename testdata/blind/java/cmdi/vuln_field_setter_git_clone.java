package com.example.ci;

import java.io.File;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

/** Imports a repository a user points at. */
public class RepositoryImporter {
    private String remote;
    private final File workspace;

    public RepositoryImporter(File workspace) {
        this.workspace = workspace;
    }

    public void setRemote(String remote) {
        this.remote = remote;
    }

    public String getRemote() {
        return remote;
    }

    public Process start() throws IOException {
        String line = "git clone --depth 1 " + getRemote() + " src";
        return new ProcessBuilder("/bin/bash", "-lc", line).directory(workspace).start(); // LABEL: CWE-78
    }

    public static Process fromRequest(HttpServletRequest request, File ws) throws IOException {
        RepositoryImporter importer = new RepositoryImporter(ws);
        importer.setRemote(request.getParameter("remote"));
        return importer.start();
    }
}
