package com.example.billing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class EnvBillingDatabase {
    private static final String PASSWORD_VARIABLE = "BILLING_DB_PASSWORD";

    private EnvBillingDatabase() {
    }

    public static Connection open() throws SQLException {
        String url = System.getenv().getOrDefault("BILLING_DB_URL", "jdbc:postgresql://localhost:5432/billing");
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null) {
            throw new IllegalStateException(PASSWORD_VARIABLE + " is not set");
        }
        return DriverManager.getConnection(url, "billing_app", password);
    }
}
