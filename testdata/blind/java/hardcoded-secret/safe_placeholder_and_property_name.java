package com.example.config;

import java.util.Properties;

public class MailSettings {
    /** Name of the property that holds the SMTP password, not the password. */
    public static final String SMTP_PASSWORD_KEY = "mail.smtp.password";
    private static final String PLACEHOLDER = "";

    private final Properties props;

    public MailSettings(Properties props) {
        this.props = props;
    }

    public String smtpPassword() {
        String value = props.getProperty(SMTP_PASSWORD_KEY, PLACEHOLDER);
        if (value.isEmpty()) {
            throw new IllegalStateException("configure " + SMTP_PASSWORD_KEY);
        }
        return value;
    }
}
