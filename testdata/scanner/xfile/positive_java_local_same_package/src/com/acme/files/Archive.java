package com.acme.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

class Archive {
    private final String root;

    Archive(String root) {
        this.root = root;
    }

    InputStream open(String name) throws IOException {
        return new FileInputStream(new File(root, name)); // vigil:expect VGL-JAVA-PATH-001
    }
}
