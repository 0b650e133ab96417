package com.example.drafts;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DraftCleanup {
    private final String draftsRoot;

    public DraftCleanup(String draftsRoot) {
        this.draftsRoot = draftsRoot;
    }

    public void discard(HttpServletRequest request, HttpServletResponse response) {
        String draftId = request.getHeader("X-Draft-Id");
        if (draftId == null) {
            response.setStatus(400);
            return;
        }
        boolean removed = new java.io.File(draftsRoot + "/" + draftId).delete(); // LABEL: CWE-22
        response.setStatus(removed ? 204 : 404);
    }
}
