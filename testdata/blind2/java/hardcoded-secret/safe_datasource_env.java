import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@Configuration
class DataConfig {
    @Value("${ORDERS_DB_PASSWORD}")
    private String password;

    @Bean
    DataSource dataSource() {
        DriverManagerDataSource ds = new DriverManagerDataSource();
        ds.setUrl("jdbc:postgresql://db.prod.internal:5432/orders");
        ds.setUsername("orders_app");
        ds.setPassword(password);
        return ds;
    }
}
