import java.sql.*;

public class Repo {
    private static final String PASSWORD_ENV = "DB_PASSWORD";

    Connection open() throws SQLException {
        String password = System.getenv(PASSWORD_ENV);
        return DriverManager.getConnection("jdbc:postgresql://db/app", "app", password);
    }
}
