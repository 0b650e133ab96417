package com.example.billing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class BillingDatabase {
    private static final String URL = "jdbc:postgresql://billing-db.internal:5432/billing";

    private BillingDatabase() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "billing_app", "Wint3r!Ledger-2024#prod"); // LABEL: CWE-798
    }
}
