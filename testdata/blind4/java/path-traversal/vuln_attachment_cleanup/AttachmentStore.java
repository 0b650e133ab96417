package com.example.helpdesk.storage;

import java.io.File;
import org.springframework.stereotype.Component;

@Component
public class AttachmentStore {

    private final String root = "/data/helpdesk";

    public boolean delete(long ticket, String name) {
        File f = new File(root + "/" + ticket + "/" + name);
        if (!f.getPath().startsWith(root)) {
            return false;
        }
        return f.delete(); // LABEL: CWE-22
    }
}
