package com.acme.web;

public class NameFilter {
    public String clean(String raw) {
        if (raw == null || !raw.matches("[A-Za-z0-9_]{1,32}")) {
            return "anonymous";
        }
        return raw;
    }

    public String label() {
        return "guest";
    }
}
