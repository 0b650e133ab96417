import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CustomerSearchController {
    @PersistenceContext
    private EntityManager em;

    static class SearchForm {
        private String city;
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
    }

    @PostMapping("/customers/search")
    List<?> search(@ModelAttribute SearchForm form) {
        String jpql = "SELECT c FROM Customer c WHERE c.city = '" + form.getCity() + "'";
        return em.createQuery(jpql).getResultList(); // LABEL: CWE-89, CWE-564
    }
}
