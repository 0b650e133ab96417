package com.example.prefs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;

public class SignedPrefsReader {
    /** Only plain strings and the JDK's HashMap may be materialised; everything else is rejected. */
    private static final ObjectInputFilter ONLY_PREFS =
            ObjectInputFilter.Config.createFilter("java.util.HashMap;java.lang.String;maxdepth=3;maxrefs=200;!*");

    public Object read(HttpServletRequest request) throws IOException, ClassNotFoundException {
        String header = request.getHeader("X-Prefs");
        if (header == null) header = "";
        byte[] raw = Base64.getDecoder().decode(header);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            in.setObjectInputFilter(ONLY_PREFS);
            return in.readObject();
        }
    }
}
