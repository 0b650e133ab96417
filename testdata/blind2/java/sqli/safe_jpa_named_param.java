import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CustomerSearchController {
    @PersistenceContext
    private EntityManager em;

    @PostMapping("/customers/search")
    List<?> search(@RequestParam String city) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.city = :city")
                .setParameter("city", city)
                .getResultList();
    }
}
