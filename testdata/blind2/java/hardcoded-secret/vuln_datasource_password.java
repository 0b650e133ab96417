import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@Configuration
class DataConfig {
    @Bean
    DataSource dataSource() {
        DriverManagerDataSource ds = new DriverManagerDataSource();
        ds.setUrl("jdbc:postgresql://db.prod.internal:5432/orders");
        ds.setUsername("orders_app");
        ds.setPassword("q7T!mV2x#Lr9pZ4w"); // LABEL: CWE-798
        return ds;
    }
}
