package com.example.tenancy;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProjectController {
    @PersistenceContext
    private EntityManager em;

    @GetMapping("/api/projects")
    public List<?> projects(@RequestHeader(value = "X-Tenant", defaultValue = "public") String tenant) {
        String jpql = "select p from Project p where p.tenant = '" + tenant + "' and p.archived = false";
        return em.createQuery(jpql).getResultList(); // LABEL: CWE-89, CWE-564
    }
}
