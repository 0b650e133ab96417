package com.example.tickets;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/tickets")
public class TicketReportController {

    private final EntityManager em;

    public TicketReportController(EntityManager em) {
        this.em = em;
    }

    @GetMapping("/status/{status}")
    public List<Ticket> byStatus(@PathVariable String status) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ticket> q = cb.createQuery(Ticket.class);
        Root<Ticket> t = q.from(Ticket.class);
        q.select(t).where(cb.equal(t.get("status"), status)).orderBy(cb.asc(t.get("openedAt")));
        return em.createQuery(q).setMaxResults(200).getResultList();
    }
}
