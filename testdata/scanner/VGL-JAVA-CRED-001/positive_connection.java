import java.sql.*;

public class Repo {
    Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://db/app", "app", "hunter2hunter2"); // vigil:expect VGL-JAVA-CRED-001
    }
}
