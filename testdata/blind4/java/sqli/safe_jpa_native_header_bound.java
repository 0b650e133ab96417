package com.example.crm.repo;

import com.example.crm.domain.Contact;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.*;

@RestController
@Repository
public class ContactLookup {

    @PersistenceContext
    private EntityManager em;

    @GetMapping("/contacts")
    @SuppressWarnings("unchecked")
    public List<Contact> forTenant(@RequestHeader("X-Tenant") String tenant, @RequestParam String city) {
        String sql = "SELECT * FROM contacts WHERE tenant_code = :tenant AND city = :city";
        return em.createNativeQuery(sql, Contact.class)
                .setParameter("tenant", tenant)
                .setParameter("city", city)
                .getResultList();
    }
}
